// Findings of the controls engine, most important first: ineffective controls, roll-up groups
// where ineffective controls cluster, then key controls whose testing is overdue.
import type { ReportFinding } from "@/lib/analysis/report/types";
import { DAY_MS } from "@/lib/analysis/stats/recency";
import type { ControlAssessment } from "./assess-controls";
import { formatDuration } from "./control-explanation";
import { ROLLUP_DIMENSIONS, type RollupDimension } from "./control-rollups";
import { compareIneffectiveness, rankByIneffectiveness } from "./control-ranking";
import type { ControlsResult } from "./controls-result";

/** Controls named one by one per finding kind; the rest are summed up in one more finding. */
export const FINDINGS_PER_KIND = 100;
/** A roll-up group is a finding when at least this many, and this share, of its tested controls are ineffective. */
export const CLUSTER_RULE = { minIneffective: 3, minShare: 0.25, perDimension: 10 } as const;

const DIMENSION_NOUN: Readonly<Record<RollupDimension, string>> = {
  policy: "Policy",
  owner: "Owner",
  entity: "Entity",
  framework: "Framework",
};

function label(c: ControlAssessment): string {
  return `${c.number} ${c.name}`.trim();
}

function ineffectiveFindings(result: ControlsResult): ReportFinding[] {
  const ineffective = rankByIneffectiveness(result.controls).filter((c) => c.class === "ineffective");
  const findings: ReportFinding[] = ineffective.slice(0, FINDINGS_PER_KIND).map((c) => ({
    severity: "high",
    title: `${label(c)} is ineffective`,
    detail: c.explanation,
    subjectId: c.controlId,
  }));
  const rest = ineffective.length - findings.length;
  if (rest > 0) {
    findings.push({
      severity: "high",
      title: `${rest} more ineffective controls`,
      detail: `Besides the ${findings.length} listed, ${rest} more in-scope controls are classed ineffective; the full list is in the control scores table.`,
    });
  }
  return findings;
}

function clusterFindings(result: ControlsResult): ReportFinding[] {
  const findings: ReportFinding[] = [];
  for (const dimension of ROLLUP_DIMENSIONS) {
    const clusters = result.rollups[dimension]
      .filter((g) => g.ineffective >= CLUSTER_RULE.minIneffective && (g.ineffectiveShare ?? 0) >= CLUSTER_RULE.minShare)
      .slice(0, CLUSTER_RULE.perDimension);
    for (const g of clusters) {
      findings.push({
        severity: "medium",
        title: `${DIMENSION_NOUN[dimension]} ${g.label}: ${g.ineffective} ineffective controls`,
        detail:
          `${g.ineffective} of the ${g.tested} tested controls (${Math.round((g.ineffectiveShare ?? 0) * 100)}%) under ` +
          `${dimension} ${g.label} are ineffective; mean score ${g.meanScore ?? "n/a"}, ${g.overdue} overdue. ` +
          `Flagged because at least ${CLUSTER_RULE.minIneffective} and ${CLUSTER_RULE.minShare * 100}% of its tested controls are ineffective.`,
        subjectId: g.key,
      });
    }
  }
  return findings;
}

function overdueKeyFindings(result: ControlsResult): ReportFinding[] {
  const overdue = result.controls
    .filter((c) => c.inScope && c.keyControl && c.overdue)
    .sort((a, b) => (b.overdueDays ?? 0) - (a.overdueDays ?? 0) || compareIneffectiveness(a, b));
  const findings: ReportFinding[] = overdue.slice(0, FINDINGS_PER_KIND).map((c) => ({
    severity: "medium",
    title: `Key control ${label(c)} is overdue for testing`,
    detail: `Overdue by ${formatDuration((c.overdueDays ?? 0) * DAY_MS)} against its ${c.intervalMonths}-month testing interval. ${c.explanation}`,
    subjectId: c.controlId,
  }));
  const rest = overdue.length - findings.length;
  if (rest > 0) {
    findings.push({
      severity: "medium",
      title: `${rest} more key controls overdue for testing`,
      detail: `Besides the ${findings.length} listed, ${rest} more in-scope key controls are past their testing interval plus ${result.options.overdueGraceDays} days' grace.`,
    });
  }
  return findings;
}

export function controlsFindings(result: ControlsResult): ReportFinding[] {
  return [...ineffectiveFindings(result), ...clusterFindings(result), ...overdueKeyFindings(result)];
}
