// The accept/reject decisions people made in the UI about crosswalk suggestions. The last
// decision about a pair wins; decisions about things not in this dataset or baseline are ignored.
import type { CrosswalkDecision } from "@/lib/analysis/compliance/compliance-options";

export interface ResolvedDecisions {
  /** Accepted pairs, by sourceId then requirementId. */
  accepted: { sourceId: string; requirementId: string }[];
  /** pairKey of every decided pair: accepted ones are mappings, rejected ones are never suggested again. */
  decided: Set<string>;
  rejectedPairs: number;
  ignored: number;
}

export function pairKey(sourceId: string, requirementId: string): string {
  return `${sourceId}\u0000${requirementId}`;
}

export function resolveDecisions(
  decisions: readonly CrosswalkDecision[],
  isSource: (id: string) => boolean,
  isRequirement: (id: string) => boolean,
): ResolvedDecisions {
  const latest = new Map<string, CrosswalkDecision>();
  let ignored = 0;
  for (const d of decisions) {
    if (!isSource(d.sourceId) || !isRequirement(d.requirementId)) ignored++;
    else latest.set(pairKey(d.sourceId, d.requirementId), d);
  }
  const accepted: { sourceId: string; requirementId: string }[] = [];
  let rejectedPairs = 0;
  for (const d of latest.values()) {
    if (d.decision === "accepted") accepted.push({ sourceId: d.sourceId, requirementId: d.requirementId });
    else rejectedPairs++;
  }
  accepted.sort((a, b) =>
    a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.requirementId < b.requirementId ? -1 : a.requirementId > b.requirementId ? 1 : 0,
  );
  return { accepted, decided: new Set(latest.keys()), rejectedPairs, ignored };
}
