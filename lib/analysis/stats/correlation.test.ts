import { describe, expect, it } from "vitest";
import { averageRanks, correlationPValue, fisherExact, pearson, pearsonTest, phiCoefficient, spearman, spearmanTest } from "./correlation";

// x = 1..5, y = 2, 4, 5, 4, 5: means 3 and 4; deviations x −2..2, y −2, 0, 1, 0, 1;
// Sxy = 4 + 0 + 0 + 0 + 2 = 6, Sxx = 10, Syy = 6, so r = 6/√60 = 0.7745966692414834.
const X = [1, 2, 3, 4, 5];
const Y = [2, 4, 5, 4, 5];

describe("pearson", () => {
  it("matches the hand computation", () => {
    expect(pearson(X, Y)).toBeCloseTo(0.7745966692414834, 14);
    expect(pearson(X, X.map((x) => -3 * x + 1))).toBe(-1);
  });

  it("is null for a constant series and rejects unequal lengths", () => {
    expect(pearson([1, 2, 3], [4, 4, 4])).toBeNull();
    expect(() => pearson([1, 2], [1])).toThrow(RangeError);
  });

  it("tests r with t = r·√((n − 2)/(1 − r²))", () => {
    // t = 0.7746·√(3/0.4) = 2.1213; two-sided p with df = 3 is 0.1240 (Student t tables).
    const test = pearsonTest(X, Y);
    expect(test.n).toBe(5);
    expect(test.p).toBeCloseTo(0.124027, 5);
    // r = 0.5 with n = 18: t = 0.5·√(16/0.75) = 2.3094, df = 16, two-sided p = 0.034600.
    expect(correlationPValue(0.5, 18)).toBeCloseTo(0.0346, 5);
    expect(correlationPValue(1, 10)).toBe(0);
    expect(correlationPValue(0.9, 2)).toBeNull();
  });
});

describe("spearman", () => {
  it("averages tied ranks", () => {
    // y = 2, 4, 5, 4, 5 ranks 1, 2.5, 4.5, 2.5, 4.5.
    expect(averageRanks(Y)).toEqual([1, 2.5, 4.5, 2.5, 4.5]);
  });

  it("is Pearson's r of the ranks", () => {
    // Rank deviations: x −2..2, y −2, −0.5, 1.5, −0.5, 1.5; Sxy = 4 + 0.5 + 0 − 0.5 + 3 = 7,
    // Sxx = 10, Syy = 4 + 0.25 + 2.25 + 0.25 + 2.25 = 9, so ρ = 7/√90 = 0.7378647873726218.
    expect(spearman(X, Y)).toBeCloseTo(0.7378647873726218, 14);
    expect(spearmanTest(X, [1, 8, 27, 64, 125]).r).toBe(1);
  });
});

describe("2×2 tables", () => {
  it("Fisher's exact test reproduces the lady tasting tea", () => {
    // Fisher (1935): 3 of 4 milk-first cups found, table [[3, 1], [1, 3]]. P(A ≥ 3) = (16 + 1)/70
    // = 0.242857; two-sided doubles it (the table is symmetric): 34/70 = 0.485714.
    const tea = { a: 3, b: 1, c: 1, d: 3 };
    expect(fisherExact(tea, "greater")).toBeCloseTo(17 / 70, 12);
    expect(fisherExact(tea, "two-sided")).toBeCloseTo(34 / 70, 12);
    // All four found: P = 1/70.
    expect(fisherExact({ a: 4, b: 0, c: 0, d: 4 }, "greater")).toBeCloseTo(1 / 70, 12);
  });

  it("Fisher's two-sided p matches R's fisher.test", () => {
    // Table [[1, 9], [11, 3]]: fisher.test gives p = 0.002759 (hypergeometric, N = 24, 12 and 10 margins).
    expect(fisherExact({ a: 1, b: 9, c: 11, d: 3 })).toBeCloseTo(0.0027594, 6);
  });

  it("phi is (ad − bc)/√(row and column products), null with an empty margin", () => {
    // (3·3 − 1·1)/√(4·4·4·4) = 8/16 = 0.5.
    expect(phiCoefficient({ a: 3, b: 1, c: 1, d: 3 })).toBe(0.5);
    expect(phiCoefficient({ a: 0, b: 0, c: 2, d: 3 })).toBeNull();
  });
});
