// Scores the engine against the generator's planted framework gaps on seeds it was not tuned on
// (development used seed 11). Gap definition (truth.gapDefinition): a leaf citation is a gap when
// no control has as its objective one mapped to the citation.
import { describe, expect, it } from "vitest";
import { complianceEngine } from "@/lib/analysis/compliance/compliance-engine";
import type { CrosswalkDecision } from "@/lib/analysis/compliance/compliance-options";
import { generatedAnalysisDataset } from "@/lib/analysis/testing/generated-dataset";

const REASON = { citation_not_mapped: "not_mapped", objective_without_control: "no_control" } as const;

describe.each([101, 202])("compliance engine on generated seed %i (medium)", (seed) => {
  const { dataset, truth, rejected } = generatedAnalysisDataset({ seed, size: "medium" });
  const options = complianceEngine.options.parse({});
  const result = complianceEngine.run(dataset, options, { crosswalkDecisions: [] });
  const synced = new Set(result.frameworks.filter((f) => f.kind === "synced").map((f) => f.id));
  const unmapped = result.requirements.filter((r) => synced.has(r.frameworkId) && r.status === "gap_unmapped");

  it("lists exactly the planted gaps as unmapped requirements, with the planted reason", () => {
    expect(rejected).toBe(0);
    expect(truth.frameworkGaps.length).toBeGreaterThan(50);
    expect(new Set(unmapped.map((r) => r.id))).toEqual(new Set(truth.frameworkGaps.map((g) => g.citation)));
    expect(unmapped).toHaveLength(truth.frameworkGaps.length);
    const reasons = new Map(unmapped.map((r) => [r.id, r.gapReason]));
    for (const gap of truth.frameworkGaps) expect(reasons.get(gap.citation), gap.reference).toBe(REASON[gap.reason]);
    // Each gap sits in the framework the generator put it in.
    const frameworkOf = new Map(unmapped.map((r) => [r.id, r.frameworkId]));
    for (const gap of truth.frameworkGaps) expect(frameworkOf.get(gap.citation)).toBe(gap.document);
  });

  it("covers every requirement in every synced framework except the gaps", () => {
    const requirements = result.requirements.filter((r) => synced.has(r.frameworkId)).length;
    // 1,500 citations over 6 documents, of which the core_topic headings are not requirements.
    expect(synced.size).toBe(6);
    expect(complianceEngine.keyFigures(result)).toMatchObject({ requirements, unmapped: truth.frameworkGaps.length, covered: requirements - truth.frameworkGaps.length });
  });

  it("suggests crosswalk mappings with confidence in [0, 1], best first, deterministically", () => {
    const { suggestions } = result.crosswalk;
    expect(suggestions.length).toBeGreaterThan(1000);
    for (const s of suggestions) {
      expect(s.confidence).toBeGreaterThanOrEqual(options.minConfidence);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.sharedTerms.length).toBeGreaterThan(0);
    }
    for (let k = 1; k < suggestions.length; k++) {
      const a = suggestions[k - 1];
      const b = suggestions[k];
      if (!a || !b) continue;
      const ordered = a.confidence > b.confidence || (a.confidence === b.confidence && `${a.sourceId}>${a.requirementId}` < `${b.sourceId}>${b.requirementId}`);
      expect(ordered, `${k}`).toBe(true);
    }
    const again = complianceEngine.run(dataset, options, { crosswalkDecisions: [] });
    expect(JSON.stringify(again.crosswalk)).toBe(JSON.stringify(result.crosswalk));
  }, 60_000);

  it("never suggests a rejected pair again, and counts accepted ones toward NIST", () => {
    const top = result.crosswalk.suggestions.slice(0, 300);
    const decisions: CrosswalkDecision[] = top.map((s, k) => ({
      sourceId: s.sourceId, requirementId: s.requirementId, decision: k % 2 === 0 ? "rejected" : "accepted",
    }));
    const decided = complianceEngine.run(dataset, options, { crosswalkDecisions: decisions });
    const pairs = new Set(decided.crosswalk.suggestions.map((s) => `${s.sourceId}>${s.requirementId}`));
    for (const d of decisions) expect(pairs.has(`${d.sourceId}>${d.requirementId}`)).toBe(false);
    expect(decided.crosswalk).toMatchObject({ acceptedMappings: 150, rejectedPairs: 150, ignoredDecisions: 0 });
    const nist = decided.frameworks.find((f) => f.kind === "catalog");
    const mapped = new Set(decisions.filter((d) => d.decision === "accepted").map((d) => d.requirementId));
    expect(nist?.covered).toBeGreaterThan(0);
    expect(nist?.covered).toBeLessThanOrEqual(mapped.size);
  }, 60_000);
});
