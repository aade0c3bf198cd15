import { describe, expect, it } from "vitest";
import type { FactorMismatch } from "./failure-factor";
import type { PairTest } from "./indicator-links";
import { buildLinkRows, formatP } from "./link-rows";
import type { PortfolioTest } from "./portfolio-links";

const pair = (controlId: string, p: number, index: number, recorded = false): PairTest & { index: number } => ({
  riskId: "R", controlId, recorded, n: 24, phi: 0.6, p, index, exposed: 6, exposedBad: 5, unexposed: 18, unexposedBad: 2,
});
const portfolio: PortfolioTest = {
  key: "risk-failure-vs-residual", label: "Control failure rate vs residual score, across risks", unit: "risks", n: 40,
  measure: "spearman", effect: 0.55, p: 0.01, table: null,
};
const mismatch = (controlId: string, tests: number, candidateCount = 1): FactorMismatch => ({
  riskId: "R", factor: 20.83, recordedFactor: 25, recordedControls: 2, neededValue: 0.125,
  candidates: [{ controlId, value: 0.125, tests }], candidateCount,
  allCandidates: [{ controlId, value: 0.125, tests }], pairPool: [], pairRange: [0, 0],
});

function build(mismatches: FactorMismatch[], alpha = 0.025) {
  return buildLinkRows({
    // p-values 0.001 (A), 0.5, 0.02 (C); only A and C were retained (p ≤ α bound).
    pairs: { pValues: [0.001, 0.5, 0.02], retained: [pair("A", 0.001, 0), pair("C", 0.02, 2, true)] },
    portfolio: [portfolio], mismatches, definition: "test-failure-rate",
    options: { alpha, minSampleSize: 8, windowDays: 90 },
    lookups: { riskNumber: (id) => `RK-${id}`, riskEntity: () => "e1", controlNumber: (id) => `CTRL-${id}` },
  });
}

describe("buildLinkRows", () => {
  it("corrects all pair and portfolio tests together with Benjamini-Hochberg", () => {
    // m = 4, ascending 0.001, 0.01, 0.02, 0.5: q = 0.004, 0.02, 0.0267, 0.5. At α = 0.025 A and
    // the portfolio test are reported, C (q = 0.0267) is not.
    const { links, significant } = build([]);
    expect(significant).toBe(2);
    expect(links.map((l) => l.id)).toEqual(["pair:R:A", "portfolio:risk-failure-vs-residual"]);
    expect(links[0]?.q).toBeCloseTo(0.004, 15);
    expect(links[1]?.q).toBeCloseTo(0.02, 15);
    expect(links[0]).toMatchObject({ status: "suggested", evidence: "indicator", n: 24, effect: 0.6, label: "RK-R ↔ CTRL-A" });
    expect(links[0]?.explanation).toContain("not recorded");
    expect(build([], 0.05).links.find((l) => l.controlId === "C")).toMatchObject({ status: "confirmed" });
  });

  it("adds failure-factor suggestions with enough tests, merging with a significant pair", () => {
    const { links } = build([mismatch("D", 12), mismatch("E", 7), mismatch("F", 30, 2), mismatch("A", 10)]);
    // D: unique candidate with 12 ≥ 8 tests. E has 7 tests (under the minimum), F is ambiguous.
    expect(links.find((l) => l.controlId === "D")).toMatchObject({
      status: "suggested", evidence: "failure-factor", n: 12, unit: "control tests", p: null, q: null,
    });
    expect(links.some((l) => l.controlId === "E" || l.controlId === "F")).toBe(false);
    // A is both a significant pair and the reconciling control: one row, both kinds of evidence.
    expect(links.filter((l) => l.controlId === "A").map((l) => l.evidence)).toEqual(["indicator+failure-factor"]);
  });
});

describe("formatP", () => {
  it("shows 2 significant digits, scientific below 0.0001", () => {
    expect(formatP(0.018181)).toBe("0.018");
    expect(formatP(0.00003712)).toBe("3.7e-5");
    expect(formatP(0)).toBe("< 1e-300");
  });
});
