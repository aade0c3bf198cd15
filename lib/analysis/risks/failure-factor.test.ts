import { describe, expect, it } from "vitest";
import { controlFailureRates } from "./control-failure-rates";
import { checkFailureFactors } from "./failure-factor";
import { fixtureControl, fixtureDataset, fixtureRisk, fixtureTests } from "./risks-test-fixture";

// Failure rates: A 2/4 = 0.5, B 0/6 = 0, D 1/8 = 0.125, E 3/8 = 0.375, F 0/4 = 0; X sits in another entity.
const controls = [
  fixtureControl("A"), fixtureControl("B"), fixtureControl("D"), fixtureControl("E"), fixtureControl("F"),
  fixtureControl("X", { entityId: "e2" }),
];
const controlTests = [
  ...fixtureTests("A", "FFPP"), ...fixtureTests("B", "PPPPPP"), ...fixtureTests("D", "FPPPPPPP"),
  ...fixtureTests("E", "FFFPPPPP"), ...fixtureTests("F", "PPPP"), ...fixtureTests("X", "FPPPPPPP"),
];

function check(risks: ReturnType<typeof fixtureRisk>[], minRisks = 3) {
  const dataset = fixtureDataset({ controls, controlTests, risks });
  return checkFailureFactors(dataset, risks, controlFailureRates(dataset, 4), minRisks);
}

describe("checkFailureFactors", () => {
  const matching = [
    // (0.5 + 0) / 2 = 25%, 0%, 50%: these follow the test-failure-rate definition.
    fixtureRisk("r1", { controlIds: ["A", "B"], controlFailureFactor: 25 }),
    fixtureRisk("r2", { controlIds: ["B"], controlFailureFactor: 0 }),
    fixtureRisk("r3", { controlIds: ["A"], controlFailureFactor: 50 }),
  ];
  // Truly mitigated by A, B and D: (0.5 + 0 + 0.125) / 3 = 20.8333… stored as 20.83, but D is not recorded.
  const missingD = fixtureRisk("r4", { controlIds: ["A", "B"], controlFailureFactor: 20.83 });

  it("adopts the definition most risks follow", () => {
    const result = check([...matching, missingD]);
    expect(result.definition).toBe("test-failure-rate");
    // 3 of 4 match; under non-compliant-share (every control compliant, so 0%) only r2 does.
    expect(result.matchShares["test-failure-rate"]).toBe(0.75);
    expect(result.matchShares["non-compliant-share"]).toBe(0.25);
    expect(result.checked).toBe(4);
    expect(result.matched).toBe(3);
  });

  it("names the one control of the entity that reconciles the factor", () => {
    // Needed: 20.83 ± 0.005 times 3 controls, minus the recorded 0.5: v in [0.12475, 0.12505] → D (0.125).
    // X has the same rate but sits in another entity.
    const [mismatch] = check([...matching, missingD]).mismatches;
    expect(mismatch).toMatchObject({ riskId: "r4", factor: 20.83, recordedFactor: 25, recordedControls: 2, candidateCount: 1 });
    expect(mismatch?.candidates).toEqual([{ controlId: "D", value: 0.125, tests: 8 }]);
    expect(mismatch?.neededValue).toBeCloseTo(0.1249, 4);
  });

  it("lists every candidate when several fit, and none when no single control can", () => {
    // Recorded A alone but factor 25: one more control at 0 fits, B and F (most tests first).
    const two = check([...matching, fixtureRisk("r5", { controlIds: ["A"], controlFailureFactor: 25 })]).mismatches[0];
    expect(two?.candidates.map((c) => c.controlId)).toEqual(["B", "F"]);
    expect(two?.candidateCount).toBe(2);
    // Factor 90 with A recorded: one more control would need 1.3, above any rate.
    const none = check([...matching, fixtureRisk("r6", { controlIds: ["A"], controlFailureFactor: 90 })]).mismatches[0];
    expect(none).toMatchObject({ neededValue: null, candidateCount: 0 });
  });

  it("uses no definition when fewer than half of the risks follow one, or too few can be checked", () => {
    const noisy = [
      fixtureRisk("n1", { controlIds: ["A"], controlFailureFactor: 12 }),
      fixtureRisk("n2", { controlIds: ["B"], controlFailureFactor: 31 }),
      fixtureRisk("n3", { controlIds: ["A", "B"], controlFailureFactor: 25 }),
    ];
    // Matches: n3 only under test-failure-rate (1/3); none under non-compliant-share (0/3).
    expect(check(noisy)).toMatchObject({ definition: null, mismatches: [] });
    expect(check(matching, 4).matchShares["test-failure-rate"]).toBeNull();
  });

  it("recognises the non-compliant-share definition", () => {
    const dataset = fixtureDataset({
      controls: [fixtureControl("A", { status: "non_compliant" }), fixtureControl("B"), fixtureControl("E", { status: "non_compliant" })],
      controlTests,
      risks: [],
    });
    // A non-compliant, B compliant: 50%; E alone 100%; B alone 0%.
    const risks = [
      fixtureRisk("s1", { controlIds: ["A", "B"], controlFailureFactor: 50 }),
      fixtureRisk("s2", { controlIds: ["E"], controlFailureFactor: 100 }),
      fixtureRisk("s3", { controlIds: ["B"], controlFailureFactor: 0 }),
    ];
    expect(checkFailureFactors(dataset, risks, controlFailureRates(dataset, 4), 3).definition).toBe("non-compliant-share");
  });
});
