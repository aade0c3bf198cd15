import { describe, expect, it } from "vitest";
import { controlFailureRates, smoothedRate } from "./control-failure-rates";
import { daysAgo, fixtureDataset, fixtureTests } from "./risks-test-fixture";

describe("controlFailureRates", () => {
  // A: F F P P (2 of 4 failed), B: 6 passes, C: two open tests. 2 failures in 10 outcomes: prior 0.2.
  const dataset = fixtureDataset({
    controlTests: [...fixtureTests("A", "FFPP"), ...fixtureTests("B", "PPPPPP"), ...fixtureTests("C", "--")],
  });
  const rates = controlFailureRates(dataset, 4);

  it("uses the dataset-wide failure rate as the prior", () => {
    expect(rates.prior).toBeCloseTo(0.2, 15);
  });

  it("smooths each control's rate towards the prior by the prior weight", () => {
    // A: (2 + 4·0.2) / (4 + 4) = 2.8 / 8 = 0.35; B: (0 + 0.8) / (6 + 4) = 0.08.
    expect(rates.byControl.get("A")?.smoothedRate).toBeCloseTo(0.35, 15);
    expect(rates.byControl.get("A")?.rawRate).toBe(0.5);
    expect(rates.byControl.get("B")?.smoothedRate).toBeCloseTo(0.08, 15);
    expect(rates.byControl.has("C")).toBe(false);
    expect(smoothedRate(0, 0, 0.2, 4)).toBeNull();
  });

  it("keeps the failure times ascending", () => {
    // Tests every 30 days ending today: the two failures were 90 and 60 days ago.
    expect(rates.byControl.get("A")?.failureTimes).toEqual([daysAgo(90), daysAgo(60)]);
  });
});
