import { describe, expect, it } from "vitest";
import { auc } from "./auc";

/** Pairwise definition: share of (positive, negative) pairs the positive wins, ties half. */
function pairwiseAuc(scores: number[], labels: number[]): number {
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < scores.length; i++) {
    for (let j = 0; j < scores.length; j++) {
      if (labels[i] !== 1 || labels[j] === 1) continue;
      pairs++;
      const a = scores[i] as number;
      const b = scores[j] as number;
      wins += a > b ? 1 : a === b ? 0.5 : 0;
    }
  }
  return wins / pairs;
}

describe("auc", () => {
  it("counts the pairs a positive outranks", () => {
    // Positives 0.35 and 0.8 against negatives 0.1 and 0.4: 0.35 beats 0.1 only, 0.8 beats both → 3 of 4 pairs.
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75, 12);
  });

  it("counts a tie as half a win", () => {
    // Positives 0.2 and 0.6, negatives 0.2 and 0.1: 0.2 ties 0.2 (½) and beats 0.1 (1); 0.6 beats both (2) → 3.5 / 4.
    expect(auc([0.2, 0.2, 0.6, 0.1], [1, 0, 1, 0])).toBeCloseTo(0.875, 12);
    // All scores equal: every pair is a tie.
    expect(auc([0.3, 0.3, 0.3], [1, 0, 0])).toBeCloseTo(0.5, 12);
  });

  it("is 1 for a perfect ranking, 0 for a reversed one, and null with a single class", () => {
    expect(auc([1, 2, 3, 4], [0, 0, 1, 1])).toBe(1);
    expect(auc([4, 3, 2, 1], [0, 0, 1, 1])).toBe(0);
    expect(auc([0.1, 0.9], [1, 1])).toBeNull();
    expect(auc([], [])).toBeNull();
    expect(() => auc([0.1], [1, 0])).toThrow();
  });

  it("matches the pairwise definition on many tied scores", () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const scores = Array.from({ length: 400 }, () => Math.round(next() * 20) / 20);
    const labels = scores.map((s) => (next() < 0.2 + 0.6 * s ? 1 : 0));
    expect(auc(scores, labels)).toBeCloseTo(pairwiseAuc(scores, labels), 12);
  });
});
