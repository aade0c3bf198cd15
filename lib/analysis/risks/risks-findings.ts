// Findings of the risk engine, most important first: coverage gaps by severity, suggested links,
// then the significant links as information.
import type { ReportFinding } from "@/lib/analysis/report/types";
import type { RisksResult } from "./risks-result";

const MAX_GAP_FINDINGS = 50;
const MAX_SUGGESTED_FINDINGS = 50;
const MAX_LINK_FINDINGS = 20;
const SEVERITY_ORDER: Record<ReportFinding["severity"], number> = { high: 0, medium: 1, low: 2, info: 3 };

const GAP_TITLES = {
  "no-controls": "no mitigating controls",
  "inactive-controls": "only inactive controls",
  "untested-controls": "untested controls",
  "failing-controls": "failing controls",
  "unexplained-failure-factor": "control failure factor not explained by its controls",
} as const;

export function risksFindings(result: RisksResult): ReportFinding[] {
  const byId = new Map(result.risks.map((r) => [r.id, r]));
  const findings: ReportFinding[] = [];
  for (const id of result.gapOrder.slice(0, MAX_GAP_FINDINGS)) {
    const risk = byId.get(id);
    if (!risk || risk.severity === null) continue;
    findings.push({
      severity: risk.severity,
      title: `${risk.number} ${risk.name}: ${risk.gaps.map((g) => GAP_TITLES[g]).join("; ")}`,
      detail: risk.explanation,
      subjectId: risk.id,
    });
  }
  for (const link of result.links.filter((l) => l.status === "suggested").slice(0, MAX_SUGGESTED_FINDINGS)) {
    findings.push({
      severity: "medium",
      title: `Suggested mitigating control: ${link.label}`,
      detail: link.explanation,
      ...(link.riskId === null ? {} : { subjectId: link.riskId }),
    });
  }
  for (const link of result.links.filter((l) => l.status !== "suggested").slice(0, MAX_LINK_FINDINGS)) {
    findings.push({
      severity: "info",
      title: link.status === "portfolio" ? link.label : `Confirmed link: ${link.label}`,
      detail: link.explanation,
      ...(link.riskId === null ? {} : { subjectId: link.riskId }),
    });
  }
  if (result.counts.residualAboveInherent > 0) {
    findings.push({
      severity: "low",
      title: `${result.counts.residualAboveInherent} risks have a residual score above their inherent score`,
      detail:
        "Controls cannot make a risk worse than it is without them, so a residual score above the inherent one is " +
        "usually an assessment error; review these risks' assessments.",
    });
  }
  // Stable: within a severity the order above (most severe gap first, strongest link first) holds.
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
