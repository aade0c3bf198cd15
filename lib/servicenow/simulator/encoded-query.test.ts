import { describe, expect, it } from "vitest";
import { loadDataset } from "./dataset";
import { parseEncodedQuery } from "./encoded-query";
import { QueryRunner } from "./query-runner";
import { Store } from "./store";

const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);

const control = (sys_id: string, name: string, extra: Record<string, string>) => ({ sys_id, name, ...extra });

// Weightings 9 and 10 catch string comparison of numbers; the empty description catches NULL handling;
// storage order differs from sys_id order so that tie-breaking shows.
const store = (() => {
  const dataset = loadDataset(
    {
      sys_user: [
        { sys_id: "u1", user_name: "alice", name: "Alice" },
        { sys_id: "u2", user_name: "bob", name: "Bob" },
      ],
      sn_compliance_control: [
        control("c3", "Alpha", { state: "monitor", weighting: "9", owner: "u1", description: "Reviews access", sys_updated_on: "2024-12-31 23:59:59" }),
        control("c2", "Beta", { state: "draft", weighting: "10", owner: "u2", description: "", sys_updated_on: "2025-01-01 00:00:00" }),
        control("c1", "Gamma", { state: "monitor", weighting: "2", owner: "u1", description: "Backups", sys_updated_on: "2025-06-14 08:00:00" }),
        control("c4", "Delta", { state: "retired", weighting: "10", owner: "", description: "Old access review", sys_updated_on: "2025-06-15 09:00:00" }),
      ],
    },
    NOW,
  );
  return new Store(dataset.defs, dataset.tables);
})();

function names(query: string): string[] {
  return new QueryRunner(store)
    .run({ table: "sn_compliance_control", query, pairs: [], macros: { now: NOW, userSysId: "u2" } })
    .map((row) => row.name ?? "");
}

describe("parseEncodedQuery", () => {
  it("attaches ^OR to the condition before it and starts a new block at ^NQ", () => {
    expect(parseEncodedQuery("a=1^ORa=2^b=3^NQc!=4^ORDERBYDESCd^ORDERBYe")).toEqual({
      blocks: [
        [
          [{ field: "a", operator: "=", value: "1" }, { field: "a", operator: "=", value: "2" }],
          [{ field: "b", operator: "=", value: "3" }],
        ],
        [[{ field: "c", operator: "!=", value: "4" }]],
      ],
      orderBy: [{ field: "d", descending: true }, { field: "e", descending: false }],
    });
  });

  it("reads the longest operator (NOT LIKE, ISNOTEMPTY) and keeps unsupported ones apart from IN", () => {
    const ops = (q: string) => parseEncodedQuery(q).blocks[0]?.map((g) => g[0]?.operator);
    expect(ops("nameNOT LIKEx^nameISNOTEMPTY^nameISEMPTY^stateNOT INa,b^stateINa")).toEqual([
      "NOT LIKE", "ISNOTEMPTY", "ISEMPTY", "NOT IN", "IN",
    ]);
    expect(ops("profileINSTANCEOFx")).toEqual(["UNSUPPORTED"]);
  });
});

describe("encoded query evaluation", () => {
  it.each([
    ["state=monitor", ["Alpha", "Gamma"]],
    ["state!=monitor", ["Beta", "Delta"]],
    ["weighting>9", ["Beta", "Delta"]],
    ["weighting>=9", ["Alpha", "Beta", "Delta"]],
    ["weighting<9", ["Gamma"]],
    ["weighting<=9", ["Alpha", "Gamma"]],
    ["descriptionLIKEaccess", ["Alpha", "Delta"]],
    ["descriptionNOT LIKEaccess", ["Beta", "Gamma"]],
    ["nameSTARTSWITHAl", ["Alpha"]],
    ["nameENDSWITHta", ["Beta", "Delta"]],
    ["stateINdraft,retired", ["Beta", "Delta"]],
    ["stateNOT INdraft,retired", ["Alpha", "Gamma"]],
    ["descriptionISEMPTY", ["Beta"]],
    ["ownerISNOTEMPTY", ["Alpha", "Beta", "Gamma"]],
    ["weightingBETWEEN2@9", ["Alpha", "Gamma"]],
    ["owner.user_name=alice", ["Alpha", "Gamma"]],
    ["owner=javascript:gs.getUserID()", ["Beta"]],
  ])("%s", (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it("gives ^OR precedence over ^ (a OR b) AND c", () => {
    expect(names("state=draft^ORstate=retired^weighting=10^nameSTARTSWITHD")).toEqual(["Delta"]);
    expect(names("weighting=2^ORweighting=9^state=monitor")).toEqual(["Alpha", "Gamma"]);
  });

  it("ORs ^NQ blocks", () => {
    expect(names("state=draft^NQweighting=2")).toEqual(["Beta", "Gamma"]);
  });

  it("sorts by ORDERBY columns in written order and breaks ties by sys_id", () => {
    expect(names("ORDERBYDESCweighting^ORDERBYname")).toEqual(["Beta", "Delta", "Alpha", "Gamma"]);
    // Alpha (c3) and Gamma (c1) tie on state: sys_id decides, in both directions, not storage order.
    expect(names("ORDERBYstate")).toEqual(["Beta", "Gamma", "Alpha", "Delta"]);
    expect(names("ORDERBYDESCstate")).toEqual(["Delta", "Gamma", "Alpha", "Beta"]);
  });

  it("ignores invalid parts instead of rejecting the query", () => {
    expect(names("no_such_field=1^state=monitor")).toEqual(["Alpha", "Gamma"]);
    expect(names("stateINSTANCEOFfoo^weighting=10")).toEqual(["Beta", "Delta"]);
    expect(names("state=monitor^ORDERBYno_such_field^ORDERBYDESCname")).toEqual(["Gamma", "Alpha"]);
    expect(names("owner=javascript:gs.somethingElse()^state=draft")).toEqual(["Beta"]);
    // An ^OR after an invalid condition belongs to that condition's group, not to the one before.
    expect(names("state=draft^bogus=1^ORstate=retired")).toEqual([]);
    expect(names("bogus=1^ORstate=retired^weighting=10")).toEqual(["Delta"]);
    expect(names("")).toHaveLength(4);
  });

  it("compares sys_updated_on with gs.dateGenerate and the relative date macros", () => {
    expect(names("sys_updated_on>=javascript:gs.dateGenerate('2025-01-01','00:00:00')")).toEqual(["Beta", "Gamma", "Delta"]);
    expect(names("sys_updated_on>javascript:gs.dateGenerate('2025-01-01','start')")).toEqual(["Gamma", "Delta"]);
    expect(names("sys_updated_on<=javascript:gs.dateGenerate('2024-12-31','end')")).toEqual(["Alpha"]);
    expect(names("sys_updated_on>2025-06-14 08:00:00")).toEqual(["Delta"]);
    expect(names("sys_updated_on>=javascript:gs.daysAgoStart(1)")).toEqual(["Gamma", "Delta"]);
    expect(names("sys_updated_on>=javascript:gs.beginningOfToday()")).toEqual(["Delta"]);
    expect(names("sys_updated_onONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()")).toEqual(["Delta"]);
  });
});
