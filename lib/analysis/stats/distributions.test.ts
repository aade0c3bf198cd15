import { describe, expect, it } from "vitest";
import {
  chiSquareSurvival,
  logFactorial,
  logGamma,
  normalCdf,
  regularizedIncompleteBeta,
  regularizedLowerGamma,
  studentTCdf,
  studentTTwoSidedP,
} from "./distributions";

describe("logGamma and logFactorial", () => {
  it("match closed forms", () => {
    // Γ(1/2) = √π, so ln Γ(0.5) = ln √π = 0.5723649429247001.
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247001, 13);
    // Γ(10) = 9! = 362880.
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 13);
    // Beyond the table the Lanczos form takes over: ln(5000!) = ln Γ(5001).
    expect(logFactorial(5000)).toBeCloseTo(logGamma(5001), 6);
  });

  it("rejects arguments outside their domain", () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logFactorial(-1)).toThrow(RangeError);
    expect(() => logFactorial(2.5)).toThrow(RangeError);
  });
});

describe("regularizedIncompleteBeta", () => {
  it("matches closed forms", () => {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(2, 2) = x²(3 − 2x) = 0.16 × 2.2 = 0.352 at x = 0.4.
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 13);
    expect(regularizedIncompleteBeta(0.5, 3, 1)).toBeCloseTo(0.125, 13);
    expect(regularizedIncompleteBeta(0.4, 2, 2)).toBeCloseTo(0.352, 13);
    // Symmetry I_x(a, b) = 1 − I_{1−x}(b, a) holds on both sides of the switch point.
    expect(regularizedIncompleteBeta(0.9, 2.5, 7) + regularizedIncompleteBeta(0.1, 7, 2.5)).toBeCloseTo(1, 13);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
});

describe("Student t", () => {
  it("gives the published two-sided p for t = 2.0, df = 10", () => {
    // Tables: P(|T10| ≥ 2.0) = 0.0734 (0.073388 to 6 places).
    expect(studentTTwoSidedP(2, 10)).toBeCloseTo(0.073388, 6);
    expect(studentTTwoSidedP(-2, 10)).toBeCloseTo(0.073388, 6);
  });

  it("gives 0.05 at the tabled critical values", () => {
    // t(0.975, 10) = 2.228139 and t(0.975, 30) = 2.042272.
    expect(studentTTwoSidedP(2.228139, 10)).toBeCloseTo(0.05, 6);
    expect(studentTTwoSidedP(2.042272, 30)).toBeCloseTo(0.05, 6);
  });

  it("matches the closed-form CDFs for df = 1 and df = 2", () => {
    // df = 1 is Cauchy: F(1) = 1/2 + atan(1)/π = 0.75.
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 13);
    // df = 2: F(t) = 1/2 + t / (2√(2 + t²)); F(2) = 0.5 + 2/(2√6) = 0.9082482904638631.
    expect(studentTCdf(2, 2)).toBeCloseTo(0.9082482904638631, 12);
    expect(studentTCdf(-2, 2)).toBeCloseTo(1 - 0.9082482904638631, 12);
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 14);
  });
});

describe("normal and chi-square tails", () => {
  it("match published values", () => {
    // Φ(1.96) = 0.9750021; Φ(−10) = 7.619853e-24 (far tail kept, not lost to 1 − Φ(10)).
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 12);
    expect(normalCdf(-10) / 7.619853024160527e-24).toBeCloseTo(1, 9);
    expect(normalCdf(0)).toBe(0.5);
    // χ²(1) critical value at 5%: 3.841459; χ²(2) survival is exp(−x/2): exp(−2) at x = 4.
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquareSurvival(4, 2)).toBeCloseTo(Math.exp(-2), 13);
    expect(chiSquareSurvival(0, 3)).toBe(1);
    // P(1, x) = 1 − e^(−x): 1 − e^(−0.5) = 0.3934693402873666 (series branch).
    expect(regularizedLowerGamma(1, 0.5)).toBeCloseTo(0.3934693402873666, 13);
  });
});
