// The controls engine as a report section: prose with the rules, class and score charts, the least
// effective controls, roll-up tables, and the full list of control scores for the spreadsheet.
import type { ReportColumn, ReportSection, ReportTable } from "@/lib/analysis/report/types";
import type { ControlAssessment } from "./assess-controls";
import { ROLLUP_DIMENSIONS, type RollupDimension } from "./control-rollups";
import { controlsFindings } from "./controls-findings";
import { rankByIneffectiveness } from "./control-ranking";
import type { ControlsResult } from "./controls-result";
import { CLASS_LABELS, summarizeControls } from "./controls-summary";

const REPORT_ROWS = 200;
const DIMENSION_TITLE: Readonly<Record<RollupDimension, string>> = {
  policy: "Policy",
  owner: "Owner",
  entity: "Entity",
  framework: "Framework",
};

const CONTROL_COLUMNS: ReportColumn[] = [
  { key: "number", header: "Control", type: "text" },
  { key: "name", header: "Name", type: "text", width: 3 },
  { key: "class", header: "Class", type: "text" },
  { key: "score", header: "Score", type: "number" },
  { key: "lower", header: "Pass rate low", type: "percent" },
  { key: "upper", header: "Pass rate high", type: "percent" },
  { key: "tests", header: "Tests", type: "number" },
  { key: "failures", header: "Failures", type: "number" },
  { key: "lastTested", header: "Last tested", type: "date" },
  { key: "overdue", header: "Overdue", type: "boolean" },
  { key: "openIssues", header: "Open issues", type: "number" },
  { key: "explanation", header: "Why", type: "text", width: 6 },
];

function percentOrNull(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

function controlRow(c: ControlAssessment) {
  return {
    number: c.number, name: c.name, class: CLASS_LABELS[c.class], score: c.score, lower: percentOrNull(c.lower),
    upper: percentOrNull(c.upper), tests: c.testsWithOutcome, failures: c.failures,
    lastTested: c.lastTestedAt === null ? null : new Date(c.lastTestedAt), overdue: c.overdue, openIssues: c.openIssues,
    explanation: c.explanation,
  };
}

function rollupTable(result: ControlsResult, dimension: RollupDimension): ReportTable {
  const rows = result.rollups[dimension];
  return {
    kind: "table",
    id: `controls-by-${dimension}`,
    title: `Controls by ${DIMENSION_TITLE[dimension].toLowerCase()}, most ineffective first`,
    columns: [
      { key: "label", header: DIMENSION_TITLE[dimension], type: "text", width: 3 },
      { key: "controls", header: "Controls", type: "number" },
      { key: "effective", header: "Effective", type: "number" },
      { key: "needsImprovement", header: "Needs impr.", type: "number" },
      { key: "ineffective", header: "Ineffective", type: "number" },
      { key: "untested", header: "Untested", type: "number" },
      { key: "overdue", header: "Overdue", type: "number" },
      { key: "meanScore", header: "Mean score", type: "number" },
    ],
    rows: rows.slice(0, REPORT_ROWS).map((g) => ({
      label: g.label, controls: g.controls, effective: g.effective, needsImprovement: g.needsImprovement,
      ineffective: g.ineffective, untested: g.untested, overdue: g.overdue, meanScore: g.meanScore,
    })),
    note: rows.length > REPORT_ROWS ? `The ${REPORT_ROWS} worst of ${rows.length} groups. Exempt and retired controls are left out.` : "Exempt and retired controls are left out.",
  };
}

export function controlsReport(result: ControlsResult): ReportSection {
  const s = summarizeControls(result);
  const count = (c: string) => s.classes.find((x) => x.class === c)?.count ?? 0;
  const ranked = rankByIneffectiveness(result.controls);
  const summary =
    `${s.controls} controls in scope (${s.excluded.count} exempt or retired left out): ${count("effective")} effective, ` +
    `${count("needs_improvement")} need improvement, ${count("ineffective")} ineffective and ${count("untested")} untested; ` +
    `${s.overdue.count} are overdue for testing (${s.overdue.keyControls} of them key controls). ` +
    `Mean score ${s.meanScore ?? "n/a"}, median ${s.medianScore ?? "n/a"}.\n\n` +
    `${s.scoreRule} Test weights halve every ${s.halfLifeMonths} months; testing is overdue ${s.overdueGraceDays} days after ` +
    `the interval its frequency sets (monthly 1, quarterly 3, semi-annual 6, annual 12 months). ${s.classRule}`;
  return {
    title: "Control effectiveness",
    summary,
    keyFigures: [
      { label: "Controls in scope", value: String(s.controls) },
      { label: "Mean score", value: s.meanScore === null ? "n/a" : String(s.meanScore) },
      ...s.classes.map((c) => ({ label: c.label, value: String(c.count) })),
      { label: "Overdue for testing", value: String(s.overdue.count) },
    ],
    blocks: [
      { kind: "bar-chart", id: "control-classes", title: "Controls by class", bars: s.classes.map((c) => ({ label: c.label, value: c.count })) },
      { kind: "bar-chart", id: "score-distribution", title: "Score distribution", bars: s.histogram.map((h) => ({ label: h.bucket, value: h.count })) },
      {
        kind: "table",
        id: "least-effective",
        title: "Least effective controls",
        columns: CONTROL_COLUMNS,
        rows: ranked.slice(0, REPORT_ROWS).map(controlRow),
        note: `Lowest score first; pass-rate bounds are the 95% Wilson interval. ${s.classRule}`,
      },
      ...ROLLUP_DIMENSIONS.map((d) => rollupTable(result, d)),
      {
        kind: "table",
        id: "control-scores",
        title: "All control scores",
        columns: [...CONTROL_COLUMNS, { key: "inScope", header: "In scope", type: "boolean" }],
        rows: result.controls.map((c) => ({ ...controlRow(c), inScope: c.inScope })),
        note: "Every control, in the order of the data, exempt and retired ones included (not in scope).",
      },
    ],
    findings: controlsFindings(result),
  };
}
