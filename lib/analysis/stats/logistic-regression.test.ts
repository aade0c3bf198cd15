import { describe, expect, it } from "vitest";
import {
  fitLogisticRegression,
  predictLogistic,
  sigmoid,
  solveCholesky,
  standardisation,
  toRawScale,
} from "./logistic-regression";

/** Deterministic uniform [0, 1) stream (Park-Miller), so the samples never change. */
function uniform(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

describe("fitLogisticRegression", () => {
  it("reproduces the closed-form fit of one binary feature", () => {
    // x = 0: 2 of 10 positive → intercept logit(0.2) = ln(0.25) = −1.386294.
    // x = 1: 6 of 10 positive → logit(0.6) = ln(1.5); slope = ln(1.5) − ln(0.25) = ln 6 = 1.791759.
    const x = new Float64Array(20);
    const y = new Uint8Array(20);
    for (let i = 0; i < 10; i++) y[i] = i < 2 ? 1 : 0;
    for (let i = 10; i < 20; i++) {
      x[i] = 1;
      y[i] = i < 16 ? 1 : 0;
    }
    const fit = fitLogisticRegression(x, y, 1, { l2: 0 });
    expect(fit.converged).toBe(true);
    const raw = toRawScale(fit);
    expect(raw.intercept).toBeCloseTo(Math.log(0.25), 6);
    expect(raw.coefficients[0]).toBeCloseTo(Math.log(6), 6);
    // Standardised: mean 0.5, sd 0.5, so the coefficient per SD is ln 6 × 0.5.
    expect(fit.means[0]).toBe(0.5);
    expect(fit.scales[0]).toBe(0.5);
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(6) / 2, 6);
  });

  it("recovers the coefficients of a known model from 20,000 samples to within 0.1", () => {
    // log-odds = −1 + 0.8 x₁ − 0.5 x₂ + 0.3 x₃, x₁ ~ uniform(−2, 2), x₂ ~ uniform(0, 4), x₃ ~ Bernoulli(0.3).
    const truth = { intercept: -1, coefficients: [0.8, -0.5, 0.3] };
    const next = uniform(12345);
    const n = 20_000;
    const x = new Float64Array(n * 3);
    const y = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      x[i * 3] = -2 + 4 * next();
      x[i * 3 + 1] = 4 * next();
      x[i * 3 + 2] = next() < 0.3 ? 1 : 0;
      const eta = truth.intercept + 0.8 * (x[i * 3] as number) - 0.5 * (x[i * 3 + 1] as number) + 0.3 * (x[i * 3 + 2] as number);
      y[i] = next() < sigmoid(eta) ? 1 : 0;
    }
    const fit = fitLogisticRegression(x, y, 3);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThan(10);
    const raw = toRawScale(fit);
    expect(Math.abs(raw.intercept - truth.intercept)).toBeLessThan(0.1);
    raw.coefficients.forEach((b, j) => expect(Math.abs(b - (truth.coefficients[j] as number))).toBeLessThan(0.1));
    // The same data gives the same fit, bit for bit.
    expect(fitLogisticRegression(x, y, 3)).toEqual(fit);
  });

  it("stays finite on separable data thanks to the L2 penalty, and shrinks harder with a larger one", () => {
    const x = Float64Array.from([-3, -2, -1, -0.5, 0.5, 1, 2, 3]);
    const y = Uint8Array.from([0, 0, 0, 0, 1, 1, 1, 1]);
    const mild = fitLogisticRegression(x, y, 1, { l2: 1 });
    const strong = fitLogisticRegression(x, y, 1, { l2: 20 });
    expect(mild.converged).toBe(true);
    expect(Number.isFinite(mild.coefficients[0])).toBe(true);
    expect(mild.coefficients[0]).toBeGreaterThan(strong.coefficients[0] as number);
    expect(strong.coefficients[0]).toBeGreaterThan(0);
    const p = predictLogistic(mild, x);
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeGreaterThan(p[i - 1] as number);
    const raw = toRawScale(mild);
    expect(p[7]).toBeCloseTo(sigmoid(raw.intercept + (raw.coefficients[0] as number) * 3), 12);
  });

  it("gives a constant feature scale 1 and a zero coefficient", () => {
    const x = Float64Array.from([5, 0, 5, 1, 5, 0, 5, 1, 5, 1, 5, 0]);
    const y = Uint8Array.from([0, 1, 1, 0, 1, 0]);
    const fit = fitLogisticRegression(x, y, 2);
    expect(fit.scales[0]).toBe(1);
    expect(fit.coefficients[0]).toBeCloseTo(0, 12);
    expect(() => fitLogisticRegression(x, y, 3)).toThrow();
  });
});

describe("helpers", () => {
  it("standardises columns with the population standard deviation", () => {
    // Column 0: 1, 3 → mean 2, sd 1. Column 1: 10, 10 → constant, scale 1.
    expect(standardisation(Float64Array.from([1, 10, 3, 10]), 2)).toEqual({ means: [2, 10], scales: [1, 1] });
  });

  it("solves a symmetric positive definite system", () => {
    // [[4, 2], [2, 3]] s = [2, 1]: inverse (1/8)[[3, −2], [−2, 4]] → s = [(6 − 2)/8, (−4 + 4)/8] = [0.5, 0].
    const s = solveCholesky(Float64Array.from([4, 2, 2, 3]), Float64Array.from([2, 1]), 2);
    expect(s[0]).toBeCloseTo(0.5, 12);
    expect(s[1]).toBeCloseTo(0, 12);
  });

  it("computes the sigmoid without overflow", () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(Math.log(3))).toBeCloseTo(0.75, 12);
  });
});
