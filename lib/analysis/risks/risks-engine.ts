// The risk correlation engine: inherent versus residual scores, coverage gaps of mitigating
// controls, heat maps, and statistical links between control failures and risk outcomes.
import type { AnalysisEngine, InsightSubject } from "@/lib/analysis/engine";
import { RISKS_ENGINE_VERSION, assessRisks } from "./assess-risks";
import { risksFindings } from "./risks-findings";
import { risksOptionsSchema, type RisksContext, type RisksOptions } from "./risks-options";
import { risksReport } from "./risks-report";
import type { RisksResult } from "./risks-result";
import { risksKeyFigures, summarizeRisks, type RisksSummary } from "./risks-summary";

function risksSubjects(result: RisksResult): InsightSubject[] {
  const subjects: InsightSubject[] = result.risks.map((r) => ({
    id: r.id,
    label: `${r.number} ${r.name}`,
    type: "risk",
    value: r.residual.score,
    higherIsWorse: true,
    status: r.gaps[0] ?? "covered",
    tags: r.tags,
  }));
  for (const link of result.links) {
    subjects.push({ id: link.id, label: link.label, type: "link", value: link.effect, status: link.status, tags: link.tags });
  }
  return subjects;
}

export const risksEngine: AnalysisEngine<RisksOptions, RisksContext, RisksResult, RisksSummary> = {
  id: "risks",
  version: RISKS_ENGINE_VERSION,
  label: "Risk correlation",
  options: risksOptionsSchema,
  run: (dataset, options) => assessRisks(dataset, options),
  summarize: summarizeRisks,
  keyFigures: risksKeyFigures,
  subjects: risksSubjects,
  findings: risksFindings,
  toReport: risksReport,
};
