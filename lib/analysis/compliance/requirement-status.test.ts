import { describe, expect, it } from "vitest";
import { assessRequirement } from "@/lib/analysis/compliance/requirement-status";
import type { ControlClass } from "@/lib/analysis/controls/assess-controls";
import { fixtureControl } from "@/lib/analysis/controls/controls-test-fixture";

const classes = new Map<string, ControlClass>([
  ["E", "effective"], ["N", "needs_improvement"], ["I", "ineffective"], ["U", "untested"], ["R", "effective"], ["X", "effective"],
]);
const control = (id: string) =>
  id === "R" ? fixtureControl(id, { state: "retired", active: false }) : id === "X" ? fixtureControl(id, { exempt: true }) : fixtureControl(id);
const assess = (mappings: number, ids: string[], kind: "synced" | "catalog" = "synced") =>
  assessRequirement(mappings, ids.map(control), classes, kind);

describe("assessRequirement", () => {
  it("is compliant with one effective control, whatever the others are", () => {
    expect(assess(1, ["I", "E", "U"])).toMatchObject({
      status: "compliant", covered: true, credit: 1, inOperation: 3, effective: 1, ineffective: 1, untested: 1, controlIds: ["E", "I", "U"],
    });
  });

  it("gives half credit when the best control needs improvement", () => {
    const r = assess(1, ["N", "I"]);
    expect(r).toMatchObject({ status: "partially_compliant", credit: 0.5, covered: true });
    expect(r.explanation).toBe(
      "2 controls in operation (1 needing improvement, 1 ineffective). Partially compliant (counts half): none is effective, but at least one only needs improvement.",
    );
  });

  it("separates only ineffective, only untested and the mix of both", () => {
    expect(assess(1, ["I", "I"]).status).toBe("only_ineffective");
    expect(assess(1, ["U"]).status).toBe("only_untested");
    expect(assess(2, ["I", "U"])).toMatchObject({ status: "not_compliant", credit: 0, covered: true });
  });

  it("ignores retired, inactive and exempt controls, even effective ones", () => {
    expect(assess(1, ["R", "X"])).toMatchObject({
      status: "gap_unmapped", gapReason: "no_control_in_operation", covered: false, credit: 0, mappedControls: 2, inOperation: 0,
    });
    expect(assess(1, ["R", "U"])).toMatchObject({ status: "only_untested", mappedControls: 2, inOperation: 1 });
  });

  it("tells an unmapped citation from an objective without controls", () => {
    expect(assess(0, [])).toMatchObject({ status: "gap_unmapped", gapReason: "not_mapped" });
    expect(assess(2, [])).toMatchObject({ status: "gap_unmapped", gapReason: "no_control" });
    expect(assess(2, []).explanation).toBe("Mapped through 2 control objectives, but none of them has a control.");
    expect(assess(0, [], "catalog").explanation).toMatch(/No accepted crosswalk mapping/);
  });

  it("treats a control the controls engine did not assess as untested", () => {
    expect(assessRequirement(1, [fixtureControl("new")], classes, "synced").status).toBe("only_untested");
  });
});

describe("assessRequirement control list", () => {
  it("keeps the smallest ids, ascending, and counts them all", () => {
    const ids = ["k", "c", "x", "a", "m", "b", "z", "d"];
    const r = assessRequirement(1, ids.map((id) => fixtureControl(id)), new Map(), "synced");
    expect(r.controlIds).toEqual(["a", "b", "c", "d", "k"]);
    expect(r.inOperation).toBe(8);
  });
});
