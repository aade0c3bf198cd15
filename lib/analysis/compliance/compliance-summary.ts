// What the insights page draws from a compliance result, the key figures for trends, and the
// subject rows for drill-down. Gap lists are capped here; the result keeps them in full.
import type { ComplianceResult, CrosswalkSuggestion, FamilyResult, FrameworkResult, RequirementResult } from "@/lib/analysis/compliance/compliance-types";
import {
  SUGGESTION_TAG,
  familyTag,
  frameworkTag,
  requirementTags,
  statusTag,
  suggestionFamilyTag,
} from "@/lib/analysis/compliance/compliance-tags";
import { rollup } from "@/lib/analysis/compliance/framework-rollup";
import type { InsightSubject } from "@/lib/analysis/engine";

export const SUMMARY_GAP_LIMIT = 500;
export const SUMMARY_SUGGESTION_LIMIT = 200;

export interface GapItem {
  id: string;
  reference: string;
  name: string;
  familyId: string;
}

export interface GapList {
  tag: string;
  total: number;
  items: GapItem[];
}

export interface ComplianceSummary {
  rule: string;
  keyFigures: Record<string, number>;
  frameworks: (Omit<FrameworkResult, "families"> & {
    tag: string;
    families: (FamilyResult & { tag: string })[];
    gaps: { unmapped: GapList; onlyIneffective: GapList; onlyUntested: GapList };
  })[];
  crosswalk: Omit<ComplianceResult["crosswalk"], "suggestions"> & { tag: string; suggestions: CrosswalkSuggestion[] };
}

function gapList(frameworkId: string, requirements: readonly RequirementResult[], status: RequirementResult["status"]): GapList {
  const matching = requirements.filter((r) => r.status === status);
  return {
    tag: statusTag(frameworkId, status),
    total: matching.length,
    items: matching.slice(0, SUMMARY_GAP_LIMIT).map((r) => ({ id: r.id, reference: r.reference, name: r.name, familyId: r.familyId })),
  };
}

function byFramework(result: ComplianceResult): Map<string, RequirementResult[]> {
  const map = new Map<string, RequirementResult[]>();
  for (const r of result.requirements) {
    const list = map.get(r.frameworkId);
    if (list) list.push(r);
    else map.set(r.frameworkId, [r]);
  }
  return map;
}

/**
 * Totals over the synced frameworks (the customer's own), with the NIST catalog reported apart:
 * it counts only once people accept crosswalk mappings, and would otherwise swamp the trend.
 */
export function complianceKeyFigures(result: ComplianceResult): Record<string, number> {
  const synced = new Set(result.frameworks.filter((f) => f.kind === "synced").map((f) => f.id));
  const totals = rollup(result.requirements.filter((r) => synced.has(r.frameworkId)));
  const nist = result.frameworks.find((f) => f.kind === "catalog");
  return {
    frameworks: synced.size,
    requirements: totals.requirements,
    covered: totals.covered,
    unmapped: totals.unmapped,
    onlyIneffective: totals.onlyIneffective,
    onlyUntested: totals.onlyUntested,
    coveragePct: totals.coveragePct ?? 0,
    compliancePct: totals.compliancePct ?? 0,
    suggestions: result.crosswalk.totalSuggestions,
    acceptedMappings: result.crosswalk.acceptedMappings,
    nistRequirements: nist?.requirements ?? 0,
    nistCoveragePct: nist?.coveragePct ?? 0,
    nistCompliancePct: nist?.compliancePct ?? 0,
  };
}

export function summarizeCompliance(result: ComplianceResult): ComplianceSummary {
  const requirements = byFramework(result);
  const { suggestions, ...crosswalk } = result.crosswalk;
  return {
    rule: result.rule,
    keyFigures: complianceKeyFigures(result),
    frameworks: result.frameworks.map((f) => {
      const mine = requirements.get(f.id) ?? [];
      return {
        ...f,
        tag: frameworkTag(f.id),
        families: f.families.map((family) => ({ ...family, tag: familyTag(f.id, family.id) })),
        gaps: {
          unmapped: gapList(f.id, mine, "gap_unmapped"),
          onlyIneffective: gapList(f.id, mine, "only_ineffective"),
          onlyUntested: gapList(f.id, mine, "only_untested"),
        },
      };
    }),
    crosswalk: { ...crosswalk, tag: SUGGESTION_TAG, suggestions: suggestions.slice(0, SUMMARY_SUGGESTION_LIMIT) },
  };
}

export function complianceSubjects(result: ComplianceResult): InsightSubject[] {
  const names = new Map(result.frameworks.map((f) => [f.id, f.name]));
  const requirementRows = result.requirements.map(
    (r): InsightSubject => ({
      id: r.id,
      label: `${names.get(r.frameworkId) ?? ""} ${r.reference} ${r.name}`.trim(),
      type: "requirement",
      value: r.status === "gap_unmapped" ? null : r.credit * 100,
      status: r.status,
      tags: requirementTags(r),
    }),
  );
  const suggestionRows = result.crosswalk.suggestions.map(
    (s): InsightSubject => ({
      id: `${s.sourceId}>${s.requirementId}`,
      label: `${s.sourceLabel} → ${s.requirementLabel}`,
      type: "link",
      value: Math.round(s.confidence * 1000) / 10,
      status: "suggested",
      tags: [SUGGESTION_TAG, suggestionFamilyTag(s.familyId)],
    }),
  );
  return [...requirementRows, ...suggestionRows];
}
