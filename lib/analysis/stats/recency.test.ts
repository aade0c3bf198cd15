import { describe, expect, it } from "vitest";
import { AVERAGE_MONTH_MS, effectiveSampleSize, recencyWeight } from "./recency";

describe("recencyWeight", () => {
  const halfLife = 24 * AVERAGE_MONTH_MS;

  it("halves every half-life", () => {
    expect(recencyWeight(0, halfLife)).toBe(1);
    expect(recencyWeight(halfLife, halfLife)).toBeCloseTo(0.5, 12);
    expect(recencyWeight(2 * halfLife, halfLife)).toBeCloseTo(0.25, 12);
    // 3 months of a 24-month half-life: 2^(-3/24) = 0.91700.
    expect(recencyWeight(3 * AVERAGE_MONTH_MS, halfLife)).toBeCloseTo(0.917, 4);
  });

  it("counts evidence dated after the as-of moment in full", () => {
    expect(recencyWeight(-AVERAGE_MONTH_MS, halfLife)).toBe(1);
  });
});

describe("effectiveSampleSize", () => {
  it("is n for equal weights and fewer when weights differ", () => {
    // Four weights of 0.5: (2)² / (4 × 0.25) = 4.
    expect(effectiveSampleSize(2, 1)).toBe(4);
    // Weights 1, 0.5, 0.25: Σw = 1.75, Σw² = 1.3125, (1.75)² / 1.3125 = 3.0625 / 1.3125 = 2.3333.
    expect(effectiveSampleSize(1.75, 1.3125)).toBeCloseTo(2.3333, 4);
    expect(effectiveSampleSize(0, 0)).toBe(0);
  });
});
