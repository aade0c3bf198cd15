// One compliance run: synced frameworks and the NIST catalog assessed by the same rule, plus the
// crosswalk suggestions that would map the customer's controls and citations onto NIST.
import type { ComplianceContext, ComplianceOptions } from "@/lib/analysis/compliance/compliance-options";
import type { ComplianceResult } from "@/lib/analysis/compliance/compliance-types";
import { buildControlIndex } from "@/lib/analysis/compliance/control-index";
import { suggestCrosswalk } from "@/lib/analysis/compliance/crosswalk";
import { resolveDecisions } from "@/lib/analysis/compliance/crosswalk-decisions";
import { nistCatalog, nistControlsIn } from "@/lib/analysis/compliance/nist-catalog";
import { nistFramework } from "@/lib/analysis/compliance/nist-requirements";
import { REQUIREMENT_RULE } from "@/lib/analysis/compliance/requirement-status";
import { syncedFrameworks } from "@/lib/analysis/compliance/synced-requirements";
import { assessControls } from "@/lib/analysis/controls/assess-controls";
import type { AnalysisDataset } from "@/lib/analysis/dataset/types";

export function runCompliance(dataset: AnalysisDataset, options: ComplianceOptions, context: ComplianceContext): ComplianceResult {
  const index = buildControlIndex(dataset, assessControls(dataset));
  const catalog = nistCatalog();
  const nistControls = nistControlsIn(catalog, options.nistBaseline);
  const nistIds = new Set(nistControls.map((n) => n.id));
  const citationIds = new Set(dataset.citations.map((c) => c.id));
  const decisions = resolveDecisions(
    context.crosswalkDecisions,
    (id) => index.controlsById.has(id) || citationIds.has(id),
    (id) => nistIds.has(id),
  );
  const frameworks = [...syncedFrameworks(dataset, index), nistFramework(catalog, nistControls, decisions.accepted, index)];
  const crosswalk = suggestCrosswalk(dataset, nistControls, decisions.decided, options);
  return {
    asOf: dataset.asOf,
    options,
    rule: REQUIREMENT_RULE,
    frameworks: frameworks.map((f) => f.framework),
    requirements: frameworks.flatMap((f) => f.requirements),
    crosswalk: {
      sources: crosswalk.sources,
      acceptedMappings: decisions.accepted.length,
      rejectedPairs: decisions.rejectedPairs,
      ignoredDecisions: decisions.ignored,
      totalSuggestions: crosswalk.total,
      suggestions: crosswalk.suggestions,
    },
  };
}
