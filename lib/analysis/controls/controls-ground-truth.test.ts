// Does the score find the controls the simulator planted as weak (failure odds ×13.5)? Thresholds,
// baseline and half-life were chosen on seed 11; these seeds were not looked at while tuning.
// Ranking is over every control with a test outcome, in scope or not: retired weak controls are still weak.
import { describe, expect, it } from "vitest";
import { auc } from "@/lib/analysis/stats/auc";
import { generatedAnalysisDataset } from "@/lib/analysis/testing/generated-dataset";
import { assessControls } from "./assess-controls";
import { compareIneffectiveness } from "./control-ranking";

function recovery(seed: number) {
  const { dataset, truth } = generatedAnalysisDataset({ seed, size: "medium" });
  const weak = new Set(truth.weakControls);
  const tested = assessControls(dataset).filter((a) => a.score !== null);
  const k = tested.filter((a) => weak.has(a.controlId)).length;
  const top = [...tested].sort(compareIneffectiveness).slice(0, k);
  const precisionAtK = top.filter((a) => weak.has(a.controlId)).length / k;
  const area = auc(tested.map((a) => 100 - (a.score as number)), tested.map((a) => (weak.has(a.controlId) ? 1 : 0)));
  const ineffective = tested.filter((a) => a.inScope && a.class === "ineffective");
  const classPrecision = ineffective.filter((a) => weak.has(a.controlId)).length / ineffective.length;
  console.log(
    `seed ${seed}: ${tested.length} tested, k = ${k} weak; precision@k ${precisionAtK.toFixed(3)}, ` +
      `AUC ${area?.toFixed(4)}, ${ineffective.length} classed ineffective of which ${(100 * classPrecision).toFixed(1)}% weak`,
  );
  return { k, precisionAtK, area, classPrecision };
}

describe("planted weak controls", () => {
  for (const seed of [101, 202]) {
    it(`rank at the top of ineffectiveness on seed ${seed}`, () => {
      const r = recovery(seed);
      expect(r.k).toBeGreaterThan(100);
      // Measured: seed 101 precision@k 0.745, AUC 0.955, 84.9% of ineffective weak;
      // seed 202 0.732, 0.966, 87.3%. Floors sit a little below.
      expect(r.precisionAtK).toBeGreaterThanOrEqual(0.7);
      expect(r.area).toBeGreaterThanOrEqual(0.94);
      expect(r.classPrecision).toBeGreaterThanOrEqual(0.8);
    }, 60_000);
  }
});
