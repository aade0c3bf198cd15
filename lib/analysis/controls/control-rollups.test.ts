import { describe, expect, it } from "vitest";
import { assessControls } from "./assess-controls";
import { buildRollups, rollupLabels } from "./control-rollups";
import { rollupFixtureDataset } from "./controls-test-fixture";

const dataset = rollupFixtureDataset();
const assessments = assessControls(dataset);
const rollups = buildRollups(assessments, rollupLabels(dataset));

describe("control roll-ups", () => {
  it("resolves policies and frameworks through the control's objective", () => {
    const x = assessments.find((a) => a.controlId === "X");
    expect(x?.policyIds).toEqual(["P1", "P2"]);
    // c1 and c2 both cite F1, so F1 appears once.
    expect(x?.frameworkIds).toEqual(["F1", "F2"]);
    expect(assessments.find((a) => a.controlId === "V")?.frameworkIds).toEqual([]);
  });

  it("counts classes per policy, worst first, leaving the exempt control out", () => {
    // X and V: 10 failures each → (0 + 3.6) / 14 = 25.7; Y: (10 + 3.6) / 14 = 97.1.
    // P2 holds X, Y, Z and V: 2 ineffective of 3 tested, mean (25.7 + 97.1 + 25.7) / 3 = 49.5.
    expect(rollups.policy.map((g) => g.key)).toEqual(["P2", "P1"]);
    expect(rollups.policy[0]).toEqual({
      key: "P2", label: "POL2 Security policy", tag: "policy:P2", controls: 4, tested: 3, effective: 1, needsImprovement: 0,
      ineffective: 2, untested: 1, overdue: 0, meanScore: 49.5, ineffectiveShare: 0.6667,
    });
    // P1 holds X and Y (W is exempt): mean (25.7 + 97.1) / 2 = 61.4.
    expect(rollups.policy[1]).toMatchObject({ controls: 2, tested: 2, effective: 1, ineffective: 1, meanScore: 61.4, ineffectiveShare: 0.5 });
  });

  it("rolls up by owner, entity and framework", () => {
    // u1 and u2 each have one ineffective control; u2's share (1 of 1 tested) is the higher.
    expect(rollups.owner.map((g) => [g.key, g.controls, g.ineffective, g.ineffectiveShare])).toEqual([
      ["u2", 2, 1, 1],
      ["u1", 2, 1, 0.5],
    ]);
    expect(rollups.entity).toMatchObject([{ key: "e1", label: "Retail bank", controls: 1, ineffective: 1 }]);
    expect(rollups.framework.map((g) => [g.key, g.label, g.controls])).toEqual([
      ["F1", "AD1 ISO 27001", 2],
      ["F2", "AD2 NIST 800-53", 2],
    ]);
  });
});
