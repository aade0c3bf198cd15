// Does the engine recover the control-risk links the simulator planted, including the ~10% left out
// of sn_risk_m2m_risk_control? Options were chosen on seed 11; these seeds were not looked at while
// tuning. Scope: active risks (the engine leaves retired ones out).
import { describe, expect, it } from "vitest";
import { generatedAnalysisDataset } from "@/lib/analysis/testing/generated-dataset";
import { risksEngine } from "./risks-engine";
import { risksOptionsSchema } from "./risks-options";

function recovery(seed: number) {
  const { dataset, truth } = generatedAnalysisDataset({ seed, size: "medium" });
  const options = risksOptionsSchema.parse({});
  const result = risksEngine.run(dataset, options, {});
  const active = new Set(result.risks.map((r) => r.id));
  const planted = truth.controlRiskLinks.filter((l) => active.has(l.risk));
  const isLink = new Map(planted.map((l) => [`${l.risk}:${l.control}`, l.recorded]));
  const recorded = planted.filter((l) => l.recorded);
  const unrecorded = planted.filter((l) => !l.recorded);
  const pairs = result.links.filter((l) => l.riskId !== null && l.controlId !== null);
  const confirmed = pairs.filter((l) => l.status === "confirmed");
  const suggested = pairs.filter((l) => l.status === "suggested");
  const correct = suggested.filter((l) => isLink.get(`${l.riskId}:${l.controlId}`) === false);
  const missingRisks = new Set(unrecorded.map((l) => l.risk));
  const flagged = result.failureFactor.mismatches.map((m) => m.riskId);
  const mismatches = new Map(result.failureFactor.mismatches.map((m) => [m.riskId, m]));
  // Why an unrecorded link is not suggested: its risk's factor matched, or several (or no) controls reconcile it.
  const why = { suggested: 0, fewTests: 0, ambiguous: 0, noSingleControl: 0, notFlagged: 0 };
  const found = new Set(correct.map((l) => `${l.riskId}:${l.controlId}`));
  for (const l of unrecorded) {
    const m = mismatches.get(l.risk);
    if (found.has(`${l.risk}:${l.control}`)) why.suggested++;
    else if (!m) why.notFlagged++;
    else if (m.candidateCount > 1) why.ambiguous++;
    else if (m.candidateCount === 1 && m.candidates[0]?.controlId === l.control) why.fewTests++;
    else why.noSingleControl++;
  }
  // The flagged risk's shortlist (up to 10 reconciling controls) holds the missing control.
  const shortlisted = unrecorded.filter((l) => mismatches.get(l.risk)?.candidates.some((c) => c.controlId === l.control)).length;
  const figures = {
    confirmedRecall: confirmed.filter((l) => isLink.get(`${l.riskId}:${l.controlId}`) === true).length / recorded.length,
    suggestedPrecision: suggested.length === 0 ? 0 : correct.length / suggested.length,
    suggestedRecall: correct.length / unrecorded.length,
    flaggedPrecision: flagged.filter((id) => missingRisks.has(id)).length / flagged.length,
    flaggedRecall: flagged.filter((id) => missingRisks.has(id)).length / missingRisks.size,
    shortlistRecall: shortlisted / unrecorded.length,
    minN: Math.min(...result.links.map((l) => l.n)),
  };
  console.log(
    `seed ${seed}: ${recorded.length} recorded and ${unrecorded.length} unrecorded planted links on ${result.counts.risks} active risks; ` +
      `${result.testing.pairTests} pair tests, ${result.testing.significant} significant. Confirmed recorded links: ${confirmed.length} ` +
      `(recall ${(100 * figures.confirmedRecall).toFixed(2)}%). Suggested: ${suggested.length}, ${correct.length} correct ` +
      `(precision ${(100 * figures.suggestedPrecision).toFixed(1)}%, recall ${(100 * figures.suggestedRecall).toFixed(1)}%). ` +
      `Risks flagged for an unexplained failure factor: ${flagged.length} (precision ${(100 * figures.flaggedPrecision).toFixed(1)}%, ` +
      `recall ${(100 * figures.flaggedRecall).toFixed(1)}% of ${missingRisks.size} risks with an unrecorded link). ` +
      `Unrecorded links by outcome: ${JSON.stringify(why)}; on their risk's shortlist: ${(100 * figures.shortlistRecall).toFixed(1)}%. ` +
      `Smallest n reported: ${figures.minN}.`,
  );
  return { result, figures, options };
}

describe("planted control-risk links", () => {
  for (const seed of [101, 202]) {
    it(`are recovered on seed ${seed}`, () => {
      const { result, figures, options } = recovery(seed);
      // Measured (engine 1.1.0): seed 101 suggested precision 100%, recall 15.8%, flagged precision 100%, recall 89.4%;
      // seed 202 94.1%, 12.9%, 100%, 92.0% (1.0.0: recall 14.2% and 12.9%). Most unrecorded links stay out of
      // reach: about half of the ambiguous ones are controls that never failed (any such control of the
      // entity reconciles the factor and no indicator can tell them apart), and only about a third of the
      // ambiguous risks have indicator results to break the tie. Confirmed recall is 0-0.05%: one failure lifts a monthly risk
      // indicator's failure odds for about three results, far too little for a pair test to pass
      // Benjamini-Hochberg over ~5,000 pairs. Floors sit a little below.
      expect(figures.suggestedPrecision).toBeGreaterThanOrEqual(0.85);
      expect(figures.suggestedRecall).toBeGreaterThanOrEqual(0.12);
      expect(figures.flaggedPrecision).toBeGreaterThanOrEqual(0.95);
      expect(figures.flaggedRecall).toBeGreaterThanOrEqual(0.85);
      expect(figures.minN).toBeGreaterThanOrEqual(options.minSampleSize);
      // The planted residual model: risks whose controls fail more keep higher residual scores.
      const portfolio = result.links.find((l) => l.id === "portfolio:risk-failure-vs-residual");
      expect(portfolio?.effect).toBeGreaterThan(0.3);
      expect(portfolio?.q).toBeLessThan(1e-10);
      expect(result.failureFactor.definition).toBe("test-failure-rate");
    }, 60_000);
  }
});
