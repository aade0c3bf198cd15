// A realistic Report with every block kind, for exporter tests and previews. Deterministic: the
// rows come from a seeded generator, so page counts and cell values are stable. Some cells are
// hostile on purpose (a formula, quotes, commas, line breaks, accents, symbols outside Latin-1).
import type { CellValue, Report, ReportSection } from "./types";

/** Titles and values the tests look for. */
export const SAMPLE = {
  title: "Quarterly GRC analysis",
  organizationName: "Northwind Health",
  instanceName: "northwind.service-now.com",
  /** The owner of CTRL0000004: a cell that starts like a formula. */
  formulaOwner: '=HYPERLINK("http://evil.example","Click")',
  quotedControlName: 'Segregation of duties, "payments" approvals',
  highFindingTitle: "CTRL0000007 Privileged access review is ineffective",
} as const;

function seededRandom(seed: number): () => number {
  // mulberry32: tiny, fast and good enough to make fixture rows look varied.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONTROL_NAMES = [
  "Quarterly access review",
  "Privileged access review",
  "Change approval before deployment",
  "Backup restore test",
  "Vendor risk assessment",
  "Contrôle d'accès — revue trimestrielle",
  "Encryption key rotation ≤ 90 days",
  "Incident response tabletop exercise",
  "Firewall rule recertification",
  "Security awareness training completion",
];
const OWNERS = ["Dana Whitfield", "Ravi Menon", "Lucía Ortega", "Tom O'Brien", "Mei Chen", "Kwame Asante"];
const CLASSES = ["effective", "partially effective", "ineffective", "not tested"] as const;

function classOf(score: number | null): (typeof CLASSES)[number] {
  if (score === null) return "not tested";
  return score >= 75 ? "effective" : score >= 50 ? "partially effective" : "ineffective";
}

function controlRows(count: number): Record<string, CellValue>[] {
  const random = seededRandom(11);
  const rows: Record<string, CellValue>[] = [];
  for (let i = 0; i < count; i++) {
    const number = `CTRL${String(i + 1).padStart(7, "0")}`;
    const tests = Math.floor(random() * 24);
    const passRate = tests === 0 ? null : Math.round(random() * 1000) / 10;
    let name = CONTROL_NAMES[i % CONTROL_NAMES.length] as string;
    if (i === 4) name = SAMPLE.quotedControlName;
    if (i === 5) name = "Two-line name\nsecond line";
    const score = passRate === null ? null : Math.round((passRate * 0.8 + random() * 20) * 10) / 10;
    rows.push({
      control: `${number} ${name}`,
      owner: i === 3 ? SAMPLE.formulaOwner : (OWNERS[i % OWNERS.length] as string),
      tests,
      passRate,
      score,
      lastTested: tests === 0 ? null : new Date(Date.UTC(2025, Math.floor(random() * 12), 1 + Math.floor(random() * 28))),
      overdue: random() < 0.2,
      class: classOf(score),
    });
  }
  return rows;
}

function controlsSection(rowCount: number): ReportSection {
  const rows = controlRows(rowCount);
  const byClass = CLASSES.map((label) => ({ label, value: rows.filter((row) => row.class === label).length }));
  return {
    title: "Control effectiveness",
    summary:
      "Each control is scored from 0 to 100 on its recent test results, weighting the latest tests most, and lowered when its next test is overdue. " +
      "A control scoring below 50 is ineffective, 50 to 75 partially effective, 75 or more effective.\n\n" +
      `Of ${rowCount} controls, ${byClass[2]!.value} are ineffective and ${byClass[3]!.value} have never been tested.`,
    keyFigures: [
      { label: "Controls analysed", value: String(rowCount) },
      { label: "Mean effectiveness", value: "71.4" },
      { label: "Ineffective controls", value: String(byClass[2]!.value) },
      { label: "Overdue tests", value: String(rows.filter((row) => row.overdue).length) },
      { label: "Never tested", value: String(byClass[3]!.value) },
    ],
    blocks: [
      { kind: "bar-chart", id: "controls-by-class", title: "Controls by effectiveness class", bars: byClass },
      {
        kind: "table",
        id: "control-scores",
        title: "Control effectiveness scores",
        note: "Score: weighted pass rate of the last 8 tests, minus 10 points when the next test is overdue.",
        columns: [
          { key: "control", header: "Control", type: "text", width: 3.2 },
          { key: "owner", header: "Owner", type: "text", width: 1.4 },
          { key: "tests", header: "Tests", type: "number", width: 0.6 },
          { key: "passRate", header: "Pass rate", type: "percent", width: 0.8 },
          { key: "score", header: "Score", type: "number", width: 0.7 },
          { key: "lastTested", header: "Last tested", type: "date", width: 1 },
          { key: "overdue", header: "Overdue", type: "boolean", width: 0.7 },
          { key: "class", header: "Class", type: "text", width: 1.2 },
        ],
        rows,
      },
    ],
    findings: [
      {
        severity: "high",
        title: SAMPLE.highFindingTitle,
        detail: "Failed 4 of its last 6 tests; last test 7 months ago, overdue by 4 months. It mitigates 3 high risks.",
        subjectId: "9f1c2a7e1b2d4c3e8a7b6c5d4e3f2a1b",
      },
      { severity: "medium", title: "212 control tests are overdue", detail: "Tests past their due date by more than 30 days, across 14 owners." },
      { severity: "low", title: "Owners concentrate on few people", detail: "Two owners hold 41% of all controls." },
    ],
  };
}

// cells[likelihood-1][impact-1]: most risks sit low-left, a few in the top-right corner.
const RISK_CELLS = [
  [62, 48, 30, 12, 4],
  [51, 66, 44, 20, 7],
  [29, 47, 58, 31, 11],
  [10, 22, 35, 27, 9],
  [3, 6, 12, 9, 5],
];

function risksSection(): ReportSection {
  const random = seededRandom(202);
  const risks = Array.from({ length: 25 }, (_, i) => {
    const likelihood = 1 + Math.floor(random() * 5);
    const impact = 1 + Math.floor(random() * 5);
    return {
      risk: `RISK${String(i + 1).padStart(7, "0")} ${["Data breach via third party", "Ransomware outage", "Regulatory fine", "Payment fraud", "Cloud misconfiguration"][i % 5]}`,
      likelihood,
      impact,
      inherent: likelihood * impact,
      residual: Math.max(1, likelihood * impact - Math.floor(random() * 8)),
      failingControls: Math.round(random() * 600) / 10,
    };
  });
  const rows = risks.sort((a, b) => b.residual - a.residual);
  const total = RISK_CELLS.flat().reduce((sum, count) => sum + count, 0);
  return {
    title: "Risk posture",
    summary: "Risks are placed by residual likelihood and impact (1-5). A risk is exposed when a control that mitigates it is ineffective.",
    keyFigures: [
      { label: "Risks", value: String(total) },
      { label: "High residual risks", value: "46" },
      { label: "Exposed risks", value: "71" },
      { label: "Mean residual score", value: "8.9" },
    ],
    blocks: [
      { kind: "heat-map", id: "residual-heat-map", title: "Residual risk heat map", cells: RISK_CELLS, xLabel: "Impact", yLabel: "Likelihood" },
      {
        kind: "table",
        id: "top-risks",
        title: "Highest residual risks",
        columns: [
          { key: "risk", header: "Risk", type: "text", width: 3 },
          { key: "likelihood", header: "Likelihood", type: "number" },
          { key: "impact", header: "Impact", type: "number" },
          { key: "inherent", header: "Inherent", type: "number" },
          { key: "residual", header: "Residual", type: "number" },
          { key: "failingControls", header: "Failing controls", type: "percent" },
        ],
        rows,
      },
    ],
    findings: [
      { severity: "high", title: "5 risks sit at likelihood 5 and impact 5", detail: "Each has at least one ineffective mitigating control." },
      { severity: "info", title: "Residual scores fell since the last analysis", detail: "Mean residual score 8.9, down from 9.6." },
    ],
  };
}

function complianceSection(): ReportSection {
  const frameworks = [
    { label: "ISO/IEC 27001:2022", value: 84.2 },
    { label: "NIST SP 800-53 Rev. 5", value: 71.3 },
    { label: "SOC 2 Trust Services Criteria", value: 90.1 },
    { label: "PCI DSS 4.0", value: 62.5 },
    { label: "HIPAA Security Rule", value: 77 },
  ];
  return {
    title: "Compliance coverage",
    summary: "A requirement is covered when at least one effective control is mapped to it; partially covered when only partially effective controls are.",
    keyFigures: [
      { label: "Requirements", value: "1,500" },
      { label: "Covered", value: "76.8%" },
      { label: "Gaps", value: "214" },
    ],
    blocks: [
      { kind: "bar-chart", id: "coverage-by-framework", title: "Coverage by framework", bars: frameworks, unit: "%" },
      {
        kind: "table",
        id: "framework-coverage",
        title: "Gaps by framework",
        columns: [
          { key: "framework", header: "Framework", type: "text", width: 2.5 },
          { key: "coverage", header: "Coverage", type: "percent" },
          { key: "gaps", header: "Gaps", type: "number" },
        ],
        rows: frameworks.map((framework, i) => ({ framework: framework.label, coverage: framework.value, gaps: [38, 71, 12, 63, 30][i] ?? 0 })),
      },
    ],
    findings: [{ severity: "medium", title: "PCI DSS 4.0 coverage is 62.5%", detail: "63 of 168 requirements have no effective control." }],
  };
}

function predictiveSection(): ReportSection {
  const months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
  const passRates = [78.2, 77.5, 79.1, 76.4, 75.9, 74.8, 75.3, 73.9, 72.6, 73.1, 71.8, 71.4];
  return {
    title: "Predictive outlook",
    summary: "The failure probability of each control's next test is estimated from its test history and the failure rate of similar controls.",
    keyFigures: [
      { label: "Expected failures next quarter", value: "37" },
      { label: "Model accuracy (AUC)", value: "0.81" },
    ],
    blocks: [
      {
        kind: "line-chart",
        id: "pass-rate-trend",
        title: "Monthly test pass rate",
        points: months.map((month, i) => ({ x: `${month} ${i < 9 ? 2025 : 2026}`, y: passRates[i]! })),
        unit: "%",
      },
      {
        kind: "table",
        id: "predicted-failures",
        title: "Controls most likely to fail their next test",
        columns: [
          { key: "control", header: "Control", type: "text", width: 3 },
          { key: "probability", header: "Failure probability", type: "percent" },
          { key: "nextTest", header: "Next test due", type: "date" },
          { key: "failedLast", header: "Failed last test", type: "boolean" },
        ],
        rows: [
          { control: "CTRL0000007 Privileged access review", probability: 86.4, nextTest: new Date(Date.UTC(2026, 3, 15)), failedLast: true },
          { control: "CTRL0000042 Backup restore test", probability: 71.9, nextTest: new Date(Date.UTC(2026, 4, 2, 14, 30)), failedLast: true },
          { control: "CTRL0000113 Firewall rule recertification", probability: 64, nextTest: new Date(Date.UTC(2026, 2, 28)), failedLast: false },
        ],
      },
    ],
    findings: [
      {
        severity: "medium",
        title: "Pass rate has fallen 6.8 points in a year",
        detail: "From 78.2% in April 2025 to 71.4% in March 2026.",
      },
    ],
  };
}

/**
 * A four-section report; `controlRows` sizes the long control table (120 rows, of which the PDF
 * prints the first PDF_LIMITS.tableRows, running over 2 pages).
 */
export function sampleReport({ controlRows = 120 }: { controlRows?: number } = {}): Report {
  return {
    title: SAMPLE.title,
    organizationName: SAMPLE.organizationName,
    instanceName: SAMPLE.instanceName,
    generatedAt: new Date(Date.UTC(2026, 2, 4, 9, 30)),
    dataAsOf: new Date(Date.UTC(2026, 2, 4, 6, 12)),
    engineVersions: { controls: "1.0.0", risks: "1.0.0", compliance: "1.0.0", predictive: "1.0.0" },
    executiveSummary:
      "Control effectiveness has slipped for the third quarter running: the monthly pass rate fell from 78.2% to 71.4%. " +
      "Five risks sit in the highest likelihood and impact cell, each with an ineffective mitigating control.\n\n" +
      "PCI DSS 4.0 is the least covered framework at 62.5%. The findings below list what to fix first and why.",
    sections: [controlsSection(controlRows), risksSection(), complianceSection(), predictiveSection()],
  };
}
