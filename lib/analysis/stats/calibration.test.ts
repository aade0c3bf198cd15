import { describe, expect, it } from "vitest";
import { brierScore, calibrationTable } from "./calibration";

describe("brierScore", () => {
  it("is the mean squared error of the probability", () => {
    // (0.1-0)² + (0.8-1)² + (0.6-0)² + (0.3-1)² = 0.01 + 0.04 + 0.36 + 0.49 = 0.90; / 4 = 0.225.
    expect(brierScore([0.1, 0.8, 0.6, 0.3], [0, 1, 0, 1])).toBeCloseTo(0.225, 12);
    expect(brierScore([], [])).toBeNull();
    expect(() => brierScore([0.5], [])).toThrow();
  });
});

describe("calibrationTable", () => {
  it("bins predictions by tenths and weighs each bin's gap by its count", () => {
    const { bins, ece } = calibrationTable([0.05, 0.08, 0.15, 0.95, 1], [0, 1, 0, 1, 1]);
    expect(bins).toHaveLength(10);
    // [0, 0.1): 0.05 and 0.08, one failure → mean 0.065, observed 0.5.
    expect(bins[0]).toEqual({ from: 0, to: 0.1, count: 2, meanPredicted: expect.closeTo(0.065, 12), observedRate: 0.5 });
    // [0.1, 0.2): 0.15 passed → observed 0.
    expect(bins[1]).toMatchObject({ count: 1, meanPredicted: expect.closeTo(0.15, 12), observedRate: 0 });
    // The last bin includes 1: 0.95 and 1, both failed → mean 0.975, observed 1.
    expect(bins[9]).toMatchObject({ from: 0.9, to: 1, count: 2, meanPredicted: expect.closeTo(0.975, 12), observedRate: 1 });
    expect(bins[5]).toMatchObject({ count: 0, meanPredicted: null, observedRate: null });
    // ECE = (2 × |0.065 − 0.5| + 1 × |0.15 − 0| + 2 × |0.975 − 1|) / 5 = (0.87 + 0.15 + 0.05) / 5 = 0.214.
    expect(ece).toBeCloseTo(0.214, 12);
  });

  it("has no ECE without predictions and honours the bin count", () => {
    expect(calibrationTable([], []).ece).toBeNull();
    // Four bins: 0.3 falls in [0.25, 0.5), 0.99 in [0.75, 1].
    const { bins, ece } = calibrationTable([0.3, 0.99], [0, 1], 4);
    expect(bins.map((b) => b.count)).toEqual([0, 1, 0, 1]);
    // (|0.3 − 0| + |0.99 − 1|) / 2 = 0.155.
    expect(ece).toBeCloseTo(0.155, 12);
    expect(() => calibrationTable([0.5], [1], 0)).toThrow();
  });
});
