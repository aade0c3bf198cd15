// The compliance engine as a report section: prose with the rule, compliance by framework, the
// family table, every requirement that is not compliant (the full list, for the spreadsheet) and
// the best crosswalk suggestions.
import { complianceFindings } from "@/lib/analysis/compliance/compliance-findings";
import { complianceKeyFigures } from "@/lib/analysis/compliance/compliance-summary";
import type { ComplianceResult, RequirementStatus } from "@/lib/analysis/compliance/compliance-types";
import type { ReportSection, ReportTable } from "@/lib/analysis/report/types";

const SUGGESTION_ROWS = 200;

export const STATUS_LABELS: Readonly<Record<RequirementStatus, string>> = {
  gap_unmapped: "No control",
  only_ineffective: "Only ineffective controls",
  only_untested: "Only untested controls",
  not_compliant: "Ineffective or untested controls",
  partially_compliant: "Partially compliant",
  compliant: "Compliant",
};

const COUNT_COLUMNS = [
  { key: "requirements", header: "Requirements", type: "number" },
  { key: "covered", header: "Covered", type: "number" },
  { key: "compliant", header: "Compliant", type: "number" },
  { key: "partiallyCompliant", header: "Partial", type: "number" },
  { key: "unmapped", header: "No control", type: "number" },
  { key: "onlyIneffective", header: "Only ineffective", type: "number" },
  { key: "onlyUntested", header: "Only untested", type: "number" },
  { key: "coveragePct", header: "Coverage", type: "percent" },
  { key: "compliancePct", header: "Compliance", type: "percent" },
] as const satisfies ReportTable["columns"];

function frameworkTable(result: ComplianceResult): ReportTable {
  return {
    kind: "table",
    id: "compliance-frameworks",
    title: "Coverage and compliance by framework",
    columns: [{ key: "name", header: "Framework", type: "text", width: 3 }, ...COUNT_COLUMNS],
    rows: result.frameworks.map((f) => ({
      name: f.kind === "catalog" ? `${f.name} (built-in catalog)` : f.name, requirements: f.requirements, covered: f.covered,
      compliant: f.compliant, partiallyCompliant: f.partiallyCompliant, unmapped: f.unmapped, onlyIneffective: f.onlyIneffective,
      onlyUntested: f.onlyUntested, coveragePct: f.coveragePct, compliancePct: f.compliancePct,
    })),
    note: result.rule,
  };
}

function familyTable(result: ComplianceResult): ReportTable {
  return {
    kind: "table",
    id: "compliance-families",
    title: "Coverage and compliance by family",
    columns: [
      { key: "framework", header: "Framework", type: "text", width: 2 },
      { key: "family", header: "Family", type: "text", width: 3 },
      ...COUNT_COLUMNS,
    ],
    rows: result.frameworks.flatMap((f) =>
      f.families.map((g) => ({
        framework: f.name, family: `${g.reference} ${g.name}`.trim(), requirements: g.requirements, covered: g.covered,
        compliant: g.compliant, partiallyCompliant: g.partiallyCompliant, unmapped: g.unmapped, onlyIneffective: g.onlyIneffective,
        onlyUntested: g.onlyUntested, coveragePct: g.coveragePct, compliancePct: g.compliancePct,
      })),
    ),
    note: "A synced framework's families are the top headings of its citations; NIST families are its control families.",
  };
}

function gapTable(result: ComplianceResult): ReportTable {
  const names = new Map(result.frameworks.map((f) => [f.id, f.name]));
  const families = new Map(result.frameworks.flatMap((f) => f.families.map((g) => [`${f.id}|${g.id}`, g.name] as const)));
  // NIST requirements without an accepted mapping are not the customer's gaps until NIST is adopted.
  const listed = new Set(result.frameworks.filter((f) => f.kind === "synced" || result.crosswalk.acceptedMappings > 0).map((f) => f.id));
  const rows = result.requirements
    .filter((r) => r.credit < 1 && listed.has(r.frameworkId))
    .map((r) => ({
      framework: names.get(r.frameworkId) ?? "", family: families.get(`${r.frameworkId}|${r.familyId}`) ?? "",
      reference: r.reference, name: r.name, status: STATUS_LABELS[r.status], controls: r.inOperation, explanation: r.explanation,
    }));
  return {
    kind: "table",
    id: "compliance-gaps",
    title: "Requirements that are not fully compliant",
    columns: [
      { key: "framework", header: "Framework", type: "text", width: 2 },
      { key: "family", header: "Family", type: "text", width: 2 },
      { key: "reference", header: "Reference", type: "text" },
      { key: "name", header: "Requirement", type: "text", width: 3 },
      { key: "status", header: "Status", type: "text", width: 2 },
      { key: "controls", header: "Controls in operation", type: "number" },
      { key: "explanation", header: "Why", type: "text", width: 6 },
    ],
    rows,
  };
}

function suggestionTable(result: ComplianceResult): ReportTable {
  const { suggestions, totalSuggestions } = result.crosswalk;
  return {
    kind: "table",
    id: "compliance-crosswalk",
    title: "Suggested mappings to NIST SP 800-53 Rev. 5",
    columns: [
      { key: "source", header: "Control or citation", type: "text", width: 4 },
      { key: "requirement", header: "NIST requirement", type: "text", width: 3 },
      { key: "confidence", header: "Confidence", type: "percent" },
      { key: "reason", header: "Why", type: "text", width: 4 },
    ],
    rows: suggestions.slice(0, SUGGESTION_ROWS).map((s) => ({
      source: s.sourceLabel, requirement: s.requirementLabel, confidence: Math.round(s.confidence * 1000) / 10, reason: s.reason,
    })),
    note:
      `The ${Math.min(SUGGESTION_ROWS, suggestions.length)} most similar of ${totalSuggestions} suggestions. Confidence = 0.7 × TF-IDF cosine ` +
      "with the NIST title + 0.3 × with its title and statement, against the control's or citation's name and description.",
  };
}

export function complianceReport(result: ComplianceResult): ReportSection {
  const k = complianceKeyFigures(result);
  const synced = result.frameworks.filter((f) => f.kind === "synced");
  const nist = result.frameworks.find((f) => f.kind === "catalog");
  const nistSentence =
    result.crosswalk.acceptedMappings > 0 && nist
      ? `Through ${result.crosswalk.acceptedMappings} accepted crosswalk mapping${result.crosswalk.acceptedMappings === 1 ? "" : "s"}, NIST SP 800-53 Rev. 5 is ${nist.coveragePct}% covered and ${nist.compliancePct}% compliant.`
      : "No crosswalk mapping to NIST SP 800-53 Rev. 5 has been accepted yet, so its coverage is not assessed.";
  return {
    title: "Compliance",
    summary:
      `${k.frameworks} synced frameworks with ${k.requirements} requirements: ${k.coveragePct}% covered and ${k.compliancePct}% compliant. ` +
      `${k.unmapped} requirements have no control in operation, ${k.onlyIneffective} rest only on ineffective controls and ` +
      `${k.onlyUntested} only on untested ones. ${nistSentence} ${k.suggestions} new mappings are suggested.\n\n${result.rule}`,
    keyFigures: [
      { label: "Frameworks", value: String(k.frameworks) },
      { label: "Requirements", value: String(k.requirements) },
      { label: "Coverage", value: `${k.coveragePct}%` },
      { label: "Compliance", value: `${k.compliancePct}%` },
      { label: "No control", value: String(k.unmapped) },
      { label: "Only ineffective", value: String(k.onlyIneffective) },
      { label: "Only untested", value: String(k.onlyUntested) },
      { label: "Suggested NIST mappings", value: String(k.suggestions) },
    ],
    blocks: [
      {
        kind: "bar-chart",
        id: "compliance-by-framework",
        title: "Compliance by framework",
        bars: synced.map((f) => ({ label: f.name, value: f.compliancePct ?? 0 })),
        unit: "%",
      },
      frameworkTable(result),
      familyTable(result),
      gapTable(result),
      suggestionTable(result),
    ],
    findings: complianceFindings(result),
  };
}
