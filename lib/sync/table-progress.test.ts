import { describe, expect, it } from "vitest";
import { newTableProgress, overallProgress, readTables, totalsOf } from "./table-progress";

describe("sync progress", () => {
  it("spans all tables' totals and names the table being read", () => {
    const tables = {
      entities: { ...newTableProgress("sn_grc_profile", 1_000), fetched: 1_000, inserted: 1_000, done: true },
      controls: { ...newTableProgress("sn_compliance_control", 10_000), fetched: 4_000, inserted: 3_000, updated: 1_000 },
      risks: newTableProgress("sn_risk_risk", 9_000),
    };
    expect(overallProgress(tables)).toEqual({ percent: 25, label: "controls 4,000 / 10,000" });
    expect(totalsOf(tables)).toEqual({ fetched: 5_000, inserted: 4_000, updated: 1_000, deleted: 0, quarantined: 0 });
  });

  it("reaches 100 % only when every table is done, even if a count moved meanwhile", () => {
    const done = { controls: { ...newTableProgress("t", 10), fetched: 9, done: true } };
    expect(overallProgress(done)).toEqual({ percent: 100, label: "9 records" });
    const almost = { controls: { ...newTableProgress("t", 10), fetched: 10 } };
    expect(overallProgress(almost).percent).toBe(99);
    expect(overallProgress({}).percent).toBe(100);
  });

  it("reads a damaged JSON column as zeros rather than failing", () => {
    expect(readTables(null)).toEqual({});
    expect(readTables({ controls: { fetched: "12", inserted: -1, done: "yes" } }).controls).toMatchObject({ table: "controls", fetched: 0, inserted: 0, done: false });
  });
});
