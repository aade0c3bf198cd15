import { describe, expect, it } from "vitest";
import type { AnalysisDataset, DsControl, DsControlTest, DsIssue, DsRisk } from "@/lib/analysis/dataset/types";
import { DAY_MS, FEATURE_COUNT, FEATURE_NAMES, MONTH_MS, YEAR_MS } from "./features";
import { buildTestHistory, fillPastFailureRate, type TestHistory } from "./test-history";

const at = (date: string) => Date.parse(`${date}T00:00:00Z`);

function control(id: string, patch: Partial<DsControl>): DsControl {
  return {
    id, number: `CTRL${id}`, name: `Control ${id}`, description: "", objectiveId: null, entityId: null, ownerId: null,
    frequency: "quarterly", state: "monitor", status: "", active: true, keyControl: false, exempt: false, createdAt: null, ...patch,
  };
}

function test(id: string, controlId: string, outcome: DsControlTest["outcome"], performed: string | null, planned: string | null = null): DsControlTest {
  return {
    id, number: id, controlId, state: performed ? "3" : "1", outcome,
    performedAt: performed ? at(performed) : null, plannedEndAt: planned ? at(planned) : performed ? at(performed) : null,
  };
}

function issue(id: string, items: string[], opened: string | null, closed: string | null): DsIssue {
  return {
    id, number: id, shortDescription: "", entityId: null, state: "", active: closed === null, priority: "",
    openedAt: opened ? at(opened) : null, closedAt: closed ? at(closed) : null, itemIds: items,
  };
}

function risk(id: string, score: number | null, controlIds: string[]): DsRisk {
  const assessment = { likelihood: null, impact: null, score };
  return {
    id, number: id, name: id, category: "", entityId: null, ownerId: null, state: "monitor", active: true,
    inherent: assessment, residual: assessment, controlIds, controlFailureFactor: null,
  };
}

const tests = [
  test("a1", "A", "pass", "2025-01-01"),
  test("a2", "A", "fail", "2025-04-01"),
  test("a3", "A", "fail", "2025-07-01"),
  test("a3b", "A", "pass", "2025-07-01"),
  test("a6", "A", null, "2025-08-01"),
  test("a4", "A", "pass", "2025-10-01"),
  test("a5", "A", null, null, "2026-01-15"),
  test("c1", "C", "fail", "2025-06-01"),
  test("d1", "D", "pass", "2025-02-01"),
  test("z1", "Z", "fail", "2025-03-01"),
];

const dataset: AnalysisDataset = {
  instanceId: "i", syncRunId: "s", asOf: at("2025-12-01"),
  entities: [], policies: [], authorityDocuments: [], citations: [], objectives: [], indicators: [], indicatorResults: [],
  controls: [
    control("A", { ownerId: "u1", createdAt: at("2024-01-01") }),
    control("B", { ownerId: "u1", createdAt: at("2025-01-01"), frequency: "monthly" }),
    control("C", { frequency: "" }),
    control("D", { active: false, state: "retired", createdAt: at("2024-06-01") }),
  ],
  controlTests: tests,
  issues: [
    issue("i1", ["A"], "2025-04-03", "2025-08-01"),
    issue("i2", ["A", "R1"], "2025-09-01", null),
    issue("i3", ["A"], "2025-03-01", "2025-02-01"),
    issue("i4", ["A"], null, null),
  ],
  risks: [risk("R1", 4, ["A"]), risk("R2", 2, ["A", "B"]), risk("R3", null, ["C"])],
};

function rowsById(history: TestHistory) {
  const { performed } = history;
  return new Map(performed.testIds.map((id, row) => [id, {
    features: Array.from(performed.x.subarray(row * FEATURE_COUNT, (row + 1) * FEATURE_COUNT)),
    failed: performed.failed[row], past: [performed.pastFailures[row], performed.pastTests[row]],
  }]));
}

const days = (n: number) => n * DAY_MS;
// Columns after the past failure rate: months since last test, tests a year, owner workload, open issues, age, risk score.
const expected = {
  // First test: no earlier one, so one quarterly interval (the control is a year old); 366 days old.
  a1: { past: [0, 0], features: [3, 4, 2, 0, days(366) / YEAR_MS, 4] },
  // 90 days after a1; issue i1 opens two days later and i3 (closed before opened) never counts.
  a2: { past: [0, 1], features: [days(90) / MONTH_MS, 4, 2, 0, days(456) / YEAR_MS, 4] },
  // Two tests at one instant see the same history (a1, a2) and not each other; i1 is open.
  a3: { past: [1, 2], features: [days(91) / MONTH_MS, 4, 2, 1, days(547) / YEAR_MS, 4] },
  a3b: { past: [1, 2], features: [days(91) / MONTH_MS, 4, 2, 1, days(547) / YEAR_MS, 4] },
  // a6 has no outcome and is not a test here; i1 closed on 1 Aug, i2 (still open) opened on 1 Sep.
  a4: { past: [2, 4], features: [days(92) / MONTH_MS, 4, 2, 1, days(639) / YEAR_MS, 4] },
  // Unknown creation date: age counts from the first test, and the first interval is capped at 0.
  c1: { past: [0, 0], features: [0, 4, 0, 0, 0, 0] },
  d1: { past: [0, 0], features: [3, 4, 0, 0, days(245) / YEAR_MS, 0] },
};

describe("buildTestHistory", () => {
  it("measures each performed test's features from what was known before it", () => {
    const history = buildTestHistory(dataset);
    expect(history.performed.count).toBe(7);
    // By control, then time; a6 (no outcome), a5 (open) and z1 (unknown control) are not performed tests.
    expect(history.performed.testIds).toEqual(["a1", "a2", "a3", "a3b", "a4", "c1", "d1"]);
    expect(Array.from(history.performed.failed)).toEqual([0, 1, 1, 0, 0, 1, 0]);
    const rows = rowsById(history);
    for (const [id, want] of Object.entries(expected)) {
      const row = rows.get(id);
      expect(row?.past, id).toEqual(want.past);
      want.features.forEach((value, j) => expect(row?.features[j + 1], `${id} ${FEATURE_NAMES[j + 1]}`).toBeCloseTo(value, 9));
    }
  });

  it("fills the smoothed past failure rate from a prior", () => {
    const history = buildTestHistory(dataset);
    fillPastFailureRate(history, { priorRate: 0.25, weight: 4 });
    const rows = rowsById(history);
    // a4: (2 failures + 4 × 0.25) / (4 tests + 4) = 3 / 8; a1: (0 + 1) / (0 + 4) = 0.25.
    expect(rows.get("a4")?.features[0]).toBeCloseTo(0.375, 12);
    expect(rows.get("a1")?.features[0]).toBeCloseTo(0.25, 12);
    expect(history.upcoming[0]?.features[0]).toBeCloseTo((2 + 1) / (5 + 4), 12);
  });

  it("describes the next test of every active control", () => {
    const { upcoming } = buildTestHistory(dataset);
    expect(upcoming.map((u) => u.controlId)).toEqual(["A", "B", "C"]);
    const [a, b, c] = upcoming;
    // A: the open test a5 is due 15 Jan 2026, 106 days after a4; i2 is still open.
    expect(a).toMatchObject({ testId: "a5", at: at("2026-01-15"), pastFailures: 2, pastTests: 5 });
    expect(a?.features.slice(1)).toEqual([days(106) / MONTH_MS, 4, 2, 1, days(745) / YEAR_MS, 4]);
    // B: never tested; its first monthly test was due a month after creation, so it is predicted at asOf.
    expect(b).toMatchObject({ testId: null, at: at("2025-12-01"), pastFailures: 0, pastTests: 0 });
    expect(b?.features.slice(1)).toEqual([1, 12, 2, 0, days(334) / YEAR_MS, 2]);
    // C: last test 1 Jun, overdue at asOf: 183 days since it, age from that first test.
    expect(c).toMatchObject({ testId: null, at: at("2025-12-01"), pastFailures: 1, pastTests: 1 });
    expect(c?.features.slice(1)).toEqual([days(183) / MONTH_MS, 4, 0, 0, days(183) / YEAR_MS, 0]);
  });

  it("gives the same features when the tests arrive out of order", () => {
    const shuffled = buildTestHistory({ ...dataset, controlTests: [...tests].reverse() });
    const rows = rowsById(shuffled);
    const reference = rowsById(buildTestHistory(dataset));
    expect([...rows.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [id, row] of reference) expect(rows.get(id)).toEqual(row);
  });
});
