import { describe, expect, it } from "vitest";
import { controlFailureRates } from "./control-failure-rates";
import { portfolioTests, type PortfolioRisk } from "./portfolio-links";
import { daysAgo, fixtureControl, fixtureDataset, fixtureResults, fixtureTests } from "./risks-test-fixture";

// Entities e1-e3 with one control each failing 1, 2 and 3 of 4 tests; prior 6/12 = 0.5, so with
// weight 4 the entity rates are (1 + 2)/8 = 0.375, (2 + 2)/8 = 0.5, (3 + 2)/8 = 0.625.
const dataset = fixtureDataset({
  entities: [{ id: "e1", name: "One" }, { id: "e2", name: "Two" }, { id: "e3", name: "Three" }],
  controls: [fixtureControl("A", { entityId: "e1" }), fixtureControl("B", { entityId: "e2" }), fixtureControl("C", { entityId: "e3" })],
  controlTests: [...fixtureTests("A", "FPPP"), ...fixtureTests("B", "FFPP"), ...fixtureTests("C", "FFFP")],
  issues: ["e2", "e3", "e3"].map((entityId, i) => ({
    id: `i${i}`, number: `IPT${i}`, shortDescription: "", entityId, state: "3", active: false, priority: "3", openedAt: daysAgo(50),
    closedAt: daysAgo(10), itemIds: [],
  })),
  indicators: [{ id: "I", itemId: "r3", active: true }],
  // Tests ran every 30 days up to today; C failed 90, 60 and 30 days ago. Results 75, 45, 15 days ago
  // follow a failure within 90 days and are bad; the results 400 and 300 days ago are good.
  indicatorResults: fixtureResults("I", "GGBBB", [daysAgo(400), daysAgo(300), daysAgo(75), daysAgo(45), daysAgo(15)]),
});
const risk = (id: string, entityId: string, controlIds: string[], rate: number, residual: number): PortfolioRisk => ({
  id, entityId, controlIds, inherentScore: 20, residualScore: residual, meanFailureRate: rate,
});
const risks = [risk("r1", "e1", ["A"], 0.1, 4), risk("r2", "e2", ["B"], 0.2, 6), risk("r3", "e3", ["C"], 0.3, 9), risk("r4", "e3", ["C"], 0.4, 12)];
const rates = controlFailureRates(dataset, 4);

describe("portfolioTests", () => {
  const tests = portfolioTests(dataset, risks, new Map([["r3", [
    { at: daysAgo(400), bad: false }, { at: daysAgo(300), bad: false }, { at: daysAgo(75), bad: true },
    { at: daysAgo(45), bad: true }, { at: daysAgo(15), bad: true },
  ]]]), rates, { minSampleSize: 3, windowDays: 90 });
  const byKey = new Map(tests.map((t) => [t.key, t]));

  it("correlates failure rates with residual scores and reductions across risks", () => {
    // Rates 0.1-0.4 against residual 4, 6, 9, 12: perfectly monotone, ρ = 1, p = 0; reductions 16, 14, 11, 8: ρ = −1.
    expect(byKey.get("risk-failure-vs-residual")).toMatchObject({ n: 4, effect: 1, p: 0, unit: "risks" });
    expect(byKey.get("risk-failure-vs-reduction")).toMatchObject({ n: 4, effect: -1 });
  });

  it("correlates entity failure rates with residual scores and issues across entities", () => {
    // Entity rates 0.375, 0.5, 0.625; mean residual 4, 6, (9 + 12)/2 = 10.5; issues per control 0, 1, 2.
    expect(byKey.get("entity-failure-vs-residual")).toMatchObject({ n: 3, effect: 1 });
    expect(byKey.get("entity-failure-vs-issues")).toMatchObject({ n: 3, effect: 1 });
  });

  it("pools indicator results against the recorded controls' failures", () => {
    // Exposed: the 3 recent results, all bad; unexposed: 2, both good. P(A ≥ 3) = 1/C(5,3) = 0.1; φ = 1.
    const pooled = byKey.get("indicator-vs-recorded-failures");
    expect(pooled?.table).toEqual({ exposed: 3, exposedBad: 3, unexposed: 2, unexposedBad: 0 });
    expect(pooled?.p).toBeCloseTo(0.1, 12);
    expect(pooled?.effect).toBeCloseTo(1, 12);
  });

  it("leaves out every test with fewer observations than the minimum", () => {
    const strict = portfolioTests(dataset, risks, new Map(), rates, { minSampleSize: 5, windowDays: 90 });
    expect(strict).toEqual([]);
  });
});
