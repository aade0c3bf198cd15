import { describe, expect, it } from "vitest";
import { compareNatural } from "@/lib/analysis/compliance/natural-order";

describe("compareNatural", () => {
  it("orders numbers inside references by value", () => {
    expect(["AC-10", "AC-2", "A.5.10", "A.5.9", "Art. 5(12)", "Art. 5(3)", "AC-2(1)"].sort(compareNatural)).toEqual([
      "A.5.9", "A.5.10", "AC-2", "AC-2(1)", "AC-10", "Art. 5(3)", "Art. 5(12)",
    ]);
  });

  it("is a total order on equal-valued numbers", () => {
    expect(compareNatural("A.05", "A.5")).not.toBe(0);
    expect(compareNatural("x", "x")).toBe(0);
  });
});
