import { describe, expect, it } from "vitest";
import type { DsControlTest } from "@/lib/analysis/dataset/types";
import { controlFailureRates } from "./control-failure-rates";
import { crossTabulate, indicatorPairTests, riskObservations } from "./indicator-links";
import { DAY, daysAgo, fixtureControl, fixtureDataset, fixtureResults, fixtureRisk } from "./risks-test-fixture";

// Twelve monthly indicator results on risk R, the 3rd, 6th, 9th and 12th bad.
const TIMES = Array.from({ length: 12 }, (_, k) => daysAgo(330 - 30 * k));
const failedBefore = (controlId: string, results: number[]): DsControlTest[] =>
  results.map((k) => ({
    id: `${controlId}-${k}`, number: `CTR-${controlId}-${k}`, controlId, state: "3", outcome: "fail",
    performedAt: (TIMES[k] as number) - DAY, plannedEndAt: null,
  }));

function fixture() {
  return fixtureDataset({
    controls: [
      fixtureControl("A"), fixtureControl("B"), fixtureControl("C", { entityId: "e2" }), fixtureControl("D"), fixtureControl("E"),
      fixtureControl("G", { entityId: "e2" }),
    ],
    controlTests: [
      // A and C fail a day before results 3, 6 and 9 (indices 2, 5, 8), B before results 1 and 4, E before every one.
      ...failedBefore("A", [2, 5, 8]), ...failedBefore("B", [0, 3]), ...failedBefore("C", [2, 5, 8]),
      ...failedBefore("E", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), ...failedBefore("G", [2, 5, 8]),
      { id: "D-1", number: "CTR-D-1", controlId: "D", state: "3", outcome: "pass", performedAt: daysAgo(40), plannedEndAt: null },
    ],
    risks: [fixtureRisk("R", { controlIds: ["A"] }), fixtureRisk("S")],
    indicators: [{ id: "I", itemId: "R", active: true }, { id: "J", itemId: "S", active: true }, { id: "K", itemId: "A", active: true }],
    indicatorResults: [...fixtureResults("I", "GGBGGBGGBGGB", TIMES), ...fixtureResults("J", "GGBGGBG", TIMES), ...fixtureResults("K", "BBBB", TIMES)],
    // C sits in another entity but shares an issue with R; G does not.
    issues: [{
      id: "iss", number: "IPT1", shortDescription: "", entityId: "e2", state: "1", active: true, priority: "3", openedAt: daysAgo(10),
      closedAt: null, itemIds: ["R", "C"],
    }],
  });
}

describe("crossTabulate", () => {
  it("counts a result as exposed when a failure falls in (at − window, at]", () => {
    // Failure at 100, window 10: results at 100 and 109 are exposed, 110 and 99 are not.
    const t = crossTabulate(
      [{ at: 99, bad: false }, { at: 100, bad: true }, { at: 109, bad: false }, { at: 110, bad: true }],
      [100],
      10,
    );
    expect(t).toEqual({ exposed: 2, exposedBad: 1, unexposed: 2, unexposedBad: 1 });
  });
});

describe("indicatorPairTests", () => {
  const dataset = fixture();
  const rates = controlFailureRates(dataset, 4);
  const riskIds = new Set(["R", "S"]);
  const series = riskObservations(dataset, riskIds);
  const run = indicatorPairTests(dataset, riskIds, series, rates, { minSampleSize: 8, windowDays: 20, alpha: 0.05 });

  it("reads only the risks' own indicator results", () => {
    expect(series.get("R")?.length).toBe(12);
    expect(series.has("A")).toBe(false);
  });

  it("tests recorded, same-entity and issue-sharing controls that have failed", () => {
    // A (recorded), B (same entity), C (shares the issue) are tested; D never failed; E is always
    // exposed (no contrast); G is in another entity without a shared issue. S has 7 results, under 8.
    expect(run.pValues).toHaveLength(3);
    expect(run.pairsWithoutContrast).toBe(1);
    expect(run.risksWithResults).toBe(2);
    expect(run.risksBelowMinSample).toBe(1);
  });

  it("computes Fisher's one-sided p and phi on the exposure table", () => {
    // A: exposed results 3, 6, 9 all bad (a = 3, b = 0); of the other 9 one is bad (c = 1, d = 8).
    // P(A ≥ 3) = C(4,3)·C(8,0)/C(12,3) = 4/220 = 0.0181818; φ = (3·8 − 0·1)/√(3·9·4·8) = 24/√864 = 0.8164966.
    const a = run.retained.find((t) => t.controlId === "A");
    expect(a).toMatchObject({ riskId: "R", recorded: true, n: 12, exposed: 3, exposedBad: 3, unexposed: 9, unexposedBad: 1 });
    expect(a?.p).toBeCloseTo(4 / 220, 12);
    expect(a?.phi).toBeCloseTo(0.8164966, 6);
    expect(run.retained.find((t) => t.controlId === "C")).toMatchObject({ recorded: false, p: a?.p });
    // B's failures precede good results only (a = 0): p = 1, above α, so only its p-value is kept.
    expect(run.retained.some((t) => t.controlId === "B")).toBe(false);
    expect(run.pValues).toContain(1);
  });

  it("never tests a risk below the minimum sample size", () => {
    const strict = indicatorPairTests(dataset, riskIds, series, rates, { minSampleSize: 13, windowDays: 20, alpha: 0.05 });
    expect(strict.pValues).toHaveLength(0);
    expect(strict.risksBelowMinSample).toBe(2);
    const loose = indicatorPairTests(dataset, riskIds, series, rates, { minSampleSize: 7, windowDays: 20, alpha: 1 });
    expect(loose.retained.every((t) => t.n >= 7)).toBe(true);
    expect(loose.retained.some((t) => t.riskId === "S")).toBe(true);
  });
});
