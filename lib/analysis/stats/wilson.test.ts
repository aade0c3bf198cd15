import { describe, expect, it } from "vitest";
import { Z_95, wilsonInterval } from "./wilson";

describe("wilsonInterval", () => {
  it("matches the textbook interval for 8 passes of 10", () => {
    // z² = 3.8415; centre = (0.8 + 3.8415/20) / (1 + 3.8415/10) = 0.99207 / 1.38415 = 0.71674;
    // half-width = (1.96 / 1.38415) × √(0.8·0.2/10 + 3.8415/400) = 1.41600 × 0.16001 = 0.22658.
    const interval = wilsonInterval(0.8, 10);
    expect(interval?.lower).toBeCloseTo(0.4902, 4);
    expect(interval?.upper).toBeCloseTo(0.9433, 4);
  });

  it("stays inside [0, 1] at the extremes", () => {
    // p = 0: upper = z² / (n + z²) = 3.8415 / 13.8415 = 0.2775; p = 1: lower = n / (n + z²) = 10 / 13.8415 = 0.7225.
    expect(wilsonInterval(0, 10)?.lower).toBe(0);
    expect(wilsonInterval(0, 10)?.upper).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(1, 10)?.lower).toBeCloseTo(0.7225, 4);
    expect(wilsonInterval(1, 10)?.upper).toBeCloseTo(1, 10);
  });

  it("is wide for a single observation and accepts a fractional effective sample size", () => {
    // One pass: lower = 1 / (1 + 3.8415) = 0.2065. n = 2.5, p = 1: lower = 2.5 / (2.5 + 3.8415) = 0.3942.
    expect(wilsonInterval(1, 1)?.lower).toBeCloseTo(0.2065, 4);
    expect(wilsonInterval(1, 2.5)?.lower).toBeCloseTo(0.3942, 4);
    expect(Z_95 * Z_95).toBeCloseTo(3.8415, 4);
  });

  it("has no interval without observations", () => {
    expect(wilsonInterval(0.5, 0)).toBeNull();
  });
});
