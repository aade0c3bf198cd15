import { describe, expect, it } from "vitest";
import type { SubjectView } from "./schemas";
import { subjectChanges, TOP_SUBJECT_CHANGES } from "./subject-changes";

const subject = (id: string, value: number | null, status: string | null, higherIsWorse = false): SubjectView => ({
  id,
  label: `Control ${id}`,
  type: "control",
  value,
  higherIsWorse,
  status,
  tags: [],
});

describe("subjectChanges", () => {
  it("sorts moves into improved and worsened by the subject's own good direction", () => {
    const a = [subject("c1", 50, "needs_improvement"), subject("c2", 80, "effective"), subject("c3", 40, "ineffective"), subject("gone", 10, "ineffective")];
    const b = [subject("c1", 75, "effective"), subject("c2", 30, "ineffective"), subject("c3", 40, "ineffective"), subject("new", 90, "effective")];
    const changes = subjectChanges(a, b);
    // c1: 75 − 50 = +25 (better); c2: 30 − 80 = −50 (worse); c3 unchanged.
    expect(changes.improved.map((s) => [s.id, s.delta])).toEqual([["c1", 25]]);
    expect(changes.worsened.map((s) => [s.id, s.delta, s.statusA, s.statusB])).toEqual([["c2", -50, "effective", "ineffective"]]);
    expect(changes).toMatchObject({ compared: 3, improvedCount: 1, worsenedCount: 1, appeared: 1, disappeared: 1 });
    expect(changes.statusChanges).toEqual([
      { from: "effective", to: "ineffective", count: 1 },
      { from: "needs_improvement", to: "effective", count: 1 },
    ]);
  });

  it("counts a falling failure probability as an improvement", () => {
    const changes = subjectChanges([subject("p1", 0.8, "likely_to_fail", true)], [subject("p1", 0.3, "unlikely_to_fail", true)]);
    // 0.3 − 0.8 = −0.5 on a value where higher is worse: improved.
    expect(changes.improved).toEqual([
      { id: "p1", label: "Control p1", type: "control", a: 0.8, b: 0.3, delta: -0.5, statusA: "likely_to_fail", statusB: "unlikely_to_fail" },
    ]);
    expect(changes.worsened).toEqual([]);
  });

  it("lists the largest moves first, at most 50, and skips subjects without a value", () => {
    const a = Array.from({ length: 60 }, (_, i) => subject(`c${i}`, 10, "x"));
    const b = Array.from({ length: 60 }, (_, i) => subject(`c${i}`, 10 + i + 1, "x"));
    const changes = subjectChanges([...a, subject("untested", null, "untested")], [...b, subject("untested", 60, "effective")]);
    expect(changes.improvedCount).toBe(60);
    expect(changes.improved).toHaveLength(TOP_SUBJECT_CHANGES);
    // c59 moved 10 → 70 (+60), the largest; the 50th largest is c10 (+11).
    expect(changes.improved[0]).toMatchObject({ id: "c59", delta: 60 });
    expect(changes.improved.at(-1)).toMatchObject({ id: "c10", delta: 11 });
    expect(changes.compared).toBe(60);
    expect(changes.statusChanges).toEqual([{ from: "untested", to: "effective", count: 1 }]);
  });
});
