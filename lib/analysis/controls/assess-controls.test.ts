import { describe, expect, it } from "vitest";
import type { DsIssue } from "@/lib/analysis/dataset/types";
import { assessControls, classify, type ControlAssessment } from "./assess-controls";
import { AS_OF, fixtureControl, fixtureDataset, fixtureTest, fixtureTests, monthsAgo } from "./controls-test-fixture";

function issue(id: string, itemIds: string[], active: boolean): DsIssue {
  return {
    id, number: id, shortDescription: "", entityId: null, state: active ? "2" : "3", active, priority: "3",
    openedAt: monthsAgo(2), closedAt: active ? null : monthsAgo(1), itemIds,
  };
}

const controls = [
  fixtureControl("A"),
  fixtureControl("B", { frequency: "monthly", status: "non_compliant", keyControl: true }),
  fixtureControl("C", { createdAt: monthsAgo(10), status: "" }),
  fixtureControl("D", { exempt: true }),
  fixtureControl("E", { state: "draft", createdAt: monthsAgo(10), status: "" }),
  fixtureControl("F", { frequency: "" }),
  fixtureControl("G"),
  fixtureControl("H"),
  fixtureControl("I"),
];
const tests = [
  // A: weights 1, 0.5 and 0.25 (ages 0, 1 and 2 half-lives of 24 months).
  fixtureTest("A", "pass", AS_OF),
  fixtureTest("A", "fail", monthsAgo(24)),
  fixtureTest("A", "pass", monthsAgo(48)),
  // B: 8 passes and 2 failures, all 3 months ago, so every weight is 2^(-3/24) = 0.917004.
  ...fixtureTests("B", "pass", monthsAgo(3), 8),
  ...fixtureTests("B", "fail", monthsAgo(3), 2),
  fixtureTest("C", null, null),
  ...fixtureTests("D", "fail", monthsAgo(1), 3),
  fixtureTest("F", "pass", monthsAgo(14)),
  // G: an undated pass counts with weight 0.25.
  fixtureTest("G", "pass", null),
  fixtureTest("G", "pass", AS_OF),
  ...fixtureTests("H", "pass", AS_OF, 4),
  ...fixtureTests("H", "fail", AS_OF, 6),
  // I: 40 tests four half-lives ago (weight 1/16 each), 16 passing.
  ...fixtureTests("I", "pass", monthsAgo(96), 16),
  ...fixtureTests("I", "fail", monthsAgo(96), 24),
];
const dataset = fixtureDataset({
  controls,
  controlTests: tests,
  issues: [issue("open1", ["B"], true), issue("open2", ["B", "elsewhere"], true), issue("closed", ["B"], false)],
  indicators: [{ id: "ind", itemId: "B", active: true }],
  indicatorResults: [
    ...[true, true, true, false].map((passed) => ({ indicatorId: "ind", passed, collectedAt: monthsAgo(3) })),
    { indicatorId: "ind", passed: null, collectedAt: monthsAgo(3) },
  ],
});
const byId = new Map<string, ControlAssessment>(assessControls(dataset).map((a) => [a.controlId, a]));
const get = (id: string) => byId.get(id) as ControlAssessment;

describe("assessControls", () => {
  it("weights tests by recency and blends in the baseline", () => {
    const a = get("A");
    // Σw = 1 + 0.5 + 0.25 = 1.75; passing weight 1.25; pass rate 1.25 / 1.75 = 0.7143.
    expect(a.passRate).toBeCloseTo(0.7143, 4);
    // Effective tests (1.75)² / (1 + 0.25 + 0.0625) = 3.0625 / 1.3125 = 2.3333.
    expect(a.effectiveTests).toBeCloseTo(2.33, 2);
    // Wilson(0.7143, 2.3333): centre 0.58097 ± 0.38044.
    expect(a.lower).toBeCloseTo(0.2005, 4);
    expect(a.upper).toBeCloseTo(0.9614, 4);
    // (1.25 + 4 × 0.9) / (1.75 + 4) = 4.85 / 5.75 = 0.8435 → score 84.3, no deductions.
    expect(a.credibleRate).toBeCloseTo(0.8435, 4);
    expect(a.score).toBe(84.3);
    // Score ≥ 80 but the lower bound 0.20 < 0.40: too little recent evidence to call it effective.
    expect(a.class).toBe("needs_improvement");
    expect(a).toMatchObject({ testsWithOutcome: 3, failures: 1, lastTestedAt: AS_OF, lastOutcome: "pass", lastFailedAt: monthsAgo(24), overdue: false });
  });

  it("deducts open issues, a non-compliant attestation, overdue testing and failing indicators", () => {
    const b = get("B");
    // Equal weights: pass rate 0.8 over 10 effective tests, Wilson [0.4902, 0.9433].
    expect(b.passRate).toBe(0.8);
    expect(b.effectiveTests).toBe(10);
    expect(b.lower).toBeCloseTo(0.4902, 4);
    expect(b.upper).toBeCloseTo(0.9433, 4);
    // Last test 3 months ago, monthly: 3 × 30.4375 − 30.4375 = 60.9 days late > 30 days' grace.
    expect(b.overdue).toBe(true);
    expect(b.overdueDays).toBe(60);
    // 2 open issues × 3 = 6 (the closed one does not count); non-compliant 5; overdue 5; indicators 20 × 1/4 = 5.
    expect(b.openIssues).toBe(2);
    expect(b.penalties).toEqual({ openIssues: 6, attestation: 5, overdue: 5, indicators: 5 });
    expect(b.indicatorFailureRate).toBe(0.25);
    expect(b).toMatchObject({ indicatorResults: 4, indicatorFailures: 1 });
    // Credible rate (8w + 3.6) / (10w + 4) with w = 0.917004: 10.93603 / 13.17004 = 0.83037 → 83.04 − 21 = 62.0.
    expect(b.score).toBe(62);
    expect(b.class).toBe("needs_improvement");
    expect(b.explanation).toContain("Passed 8 of 10 tests, failed 2");
    expect(b.explanation).toContain("weights halve every 24 months");
    expect(b.explanation).toContain("2 open issues linked (−6)");
    expect(b.explanation).toContain("Attested non-compliant (−5)");
    expect(b.explanation).toContain("monthly testing is overdue by 2 months (−5)");
    expect(b.explanation).toContain("Score 62: needs improvement");
  });

  it("leaves controls without a test outcome unscored and flags them overdue from their creation", () => {
    const c = get("C");
    expect(c).toMatchObject({ score: null, lower: null, upper: null, class: "untested", testsWithOutcome: 0, lastTestedAt: null });
    // Created 10 months ago, quarterly: 7 months late = floor(7 × 30.4375) = 213 days.
    expect(c.overdueDays).toBe(213);
    expect(c.explanation).toBe(
      "Untested: no control test with a pass or fail outcome yet, so there is no effectiveness score. Not attested yet. " +
        "Never tested; quarterly testing is overdue by 7 months (−5).",
    );
  });

  it("keeps exempt controls out of scope and expects no testing of them or of drafts", () => {
    expect(get("D")).toMatchObject({ inScope: false, overdue: false, class: "ineffective" });
    expect(get("D").explanation).toContain("left out of counts and roll-ups");
    expect(get("E")).toMatchObject({ inScope: true, overdue: false, class: "untested" });
  });

  it("holds a control without a frequency to annual testing", () => {
    // Last test 14 months ago against 12: 2 × 30.4375 = 60.9 days late.
    expect(get("F")).toMatchObject({ intervalMonths: 12, overdue: true, overdueDays: 60 });
    expect(get("F").explanation).toContain("annual (frequency not set, assumed)");
  });

  it("counts an undated test as two half-lives old", () => {
    const g = get("G");
    // Weights 0.25 and 1: effective tests 1.5625 / 1.0625 = 1.4706; credible (1.25 + 3.6) / 5.25 = 0.9238.
    expect(g.effectiveTests).toBeCloseTo(1.47, 2);
    expect(g.score).toBe(92.4);
    expect(g.lastTestedAt).toBe(AS_OF);
  });

  it("classes a low score as ineffective", () => {
    // 4 of 10 pass today: (4 + 3.6) / 14 = 0.5429 → 54.3 < 60.
    expect(get("H")).toMatchObject({ score: 54.3, class: "ineffective" });
    expect(get("H").explanation).toContain("ineffective (below 60)");
  });

  it("classes a control whose pass rate is firmly below 60% as ineffective even with a middling score", () => {
    const i = get("I");
    // Σw = 40/16 = 2.5, passing 1: (1 + 3.6) / 6.5 = 0.7077 → 70.8 − 5 overdue = 65.8; Wilson(0.4, 40) upper 0.5540.
    expect(i.score).toBe(65.8);
    expect(i.upper).toBeCloseTo(0.554, 4);
    expect(i.class).toBe("ineffective");
    expect(i.explanation).toContain("Score 65.8: ineffective (even the upper bound of the pass rate, 55%, is below 60%)");
  });

  it("gives the same assessments whatever the order of the tests", () => {
    const reversed = assessControls({ ...dataset, controlTests: [...tests].reverse() });
    expect(reversed).toEqual(assessControls(dataset));
  });

  it("honours a different half-life", () => {
    // Half-life 12 months: A's weights 1, 0.25, 0.0625 → pass rate 1.0625 / 1.3125 = 0.8095.
    const a = assessControls(dataset, { halfLifeMonths: 12 }).find((x) => x.controlId === "A");
    expect(a?.passRate).toBeCloseTo(0.8095, 4);
    expect(a?.explanation).toContain("weights halve every 12 months");
  });
});

describe("classify", () => {
  it("applies the stated thresholds", () => {
    expect(classify(null, null, null)).toBe("untested");
    expect(classify(59.9, 0.5, 0.95)).toBe("ineffective");
    expect(classify(70, 0.3, 0.59)).toBe("ineffective");
    expect(classify(80, 0.4, 0.95)).toBe("effective");
    expect(classify(80, 0.39, 0.95)).toBe("needs_improvement");
    expect(classify(79.9, 0.6, 0.99)).toBe("needs_improvement");
    expect(classify(60, 0.3, 0.6)).toBe("needs_improvement");
  });
});
