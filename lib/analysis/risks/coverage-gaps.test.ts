import { describe, expect, it } from "vitest";
import { controlFailureRates } from "./control-failure-rates";
import { assessCoverage, gapSeverity } from "./coverage-gaps";
import { fixtureControl, fixtureDataset, fixtureRisk, fixtureTests } from "./risks-test-fixture";

// Prior 2/10 = 0.2 with weight 4: A smoothed (2 + 0.8)/8 = 0.35 (failing at 0.3), B (0 + 0.8)/10 = 0.08.
const dataset = fixtureDataset({
  controls: [fixtureControl("A"), fixtureControl("B"), fixtureControl("U"), fixtureControl("R", { active: false })],
  controlTests: [...fixtureTests("A", "FFPP"), ...fixtureTests("B", "PPPPPP")],
});
const controls = new Map(dataset.controls.map((c) => [c.id, c]));
const rates = controlFailureRates(dataset, 4);
const options = { failingRate: 0.3, failingShare: 0.5 };
const coverage = (controlIds: string[], opts = options) => assessCoverage(fixtureRisk("r", { controlIds }), controls, rates, opts);

describe("assessCoverage", () => {
  it("climbs the ladder: none, inactive, untested", () => {
    expect(coverage([]).gap).toBe("no-controls");
    // A link to a control the dataset does not hold counts as no control.
    expect(coverage(["missing"]).gap).toBe("no-controls");
    expect(coverage(["R"]).gap).toBe("inactive-controls");
    expect(coverage(["U", "R"]).gap).toBe("untested-controls");
  });

  it("flags failing controls when at least the failing share of tested ones fail", () => {
    // A fails (0.35 ≥ 0.3), B does not: 1 of 2 = 50% ≥ 50%.
    const c = coverage(["A", "B", "U"]);
    expect(c).toMatchObject({ recorded: 3, active: 3, tested: 2, failing: 1, gap: "failing-controls" });
    // Mean smoothed rate (0.35 + 0.08) / 2 = 0.215.
    expect(c.meanFailureRate).toBeCloseTo(0.215, 15);
    expect(coverage(["A", "B"], { failingRate: 0.3, failingShare: 0.6 }).gap).toBeNull();
    expect(coverage(["B"]).gap).toBeNull();
  });
});

describe("gapSeverity", () => {
  it("is high from the high inherent score, low at 4 or less, medium between or unscored", () => {
    expect(gapSeverity(20, 15)).toBe("high");
    expect(gapSeverity(15, 15)).toBe("high");
    expect(gapSeverity(9, 15)).toBe("medium");
    expect(gapSeverity(4, 15)).toBe("low");
    expect(gapSeverity(null, 15)).toBe("medium");
  });
});
