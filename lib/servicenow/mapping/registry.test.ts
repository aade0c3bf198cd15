import { describe, expect, it } from "vitest";
import { getSyncTable, syncTables, type MappedRecord, type SyncTableName } from "./registry";

const id = (n: number) => n.toString(16).padStart(32, "0");
const SYSTEM = { sys_id: id(1), sys_created_on: "2024-01-02 03:04:05", sys_updated_on: "2024-06-07 08:09:10", sys_mod_count: "3" };

// One realistic record per table (raw values, references with and without links) with the product
// values it must map to, and one way the table's records can be malformed.
const fixtures: Record<SyncTableName, { good: Record<string, unknown>; expected: Record<string, unknown>; bad: [string, unknown] }> = {
  entity_classes: { good: { name: "Business Unit", active: "true" }, expected: { name: "Business Unit", active: true }, bad: ["active", "1"] },
  entities: {
    good: { name: "Payments", profile_class: { link: "https://x/api", value: id(2) }, owned_by: "", compliance_score: "87.5", active: "true" },
    expected: { name: "Payments", entityClassId: id(2), ownerId: null, complianceScore: 87.5, description: null },
    bad: ["compliance_score", "high"],
  },
  authority_documents: {
    good: { number: "AD0001001", name: "NIST SP 800-53", version: "5", valid_from: "2020-09-23", type: "standard" },
    expected: { name: "NIST SP 800-53", validFrom: new Date("2020-09-23T00:00:00Z"), validTo: null, type: "standard" },
    bad: ["valid_to", "September 2030"],
  },
  citations: {
    good: { name: "Account Management", reference: "AC-2", document: id(3), parent: "" },
    expected: { reference: "AC-2", authorityDocumentId: id(3), parentId: null },
    bad: ["document", "NIST"],
  },
  policies: {
    good: { number: "POL0001", name: "Access policy", state: "published", owner: id(4), policy_category: "Security" },
    expected: { state: "published", ownerId: id(4), category: "Security" },
    bad: ["owner", { link: "x", value: "admin" }],
  },
  control_objectives: {
    good: { name: "Least privilege", classification: "preventive", compliance_score: "100" },
    expected: { classification: "preventive", complianceScore: 100 },
    bad: ["active", "maybe"],
  },
  policy_control_objectives: {
    good: { document: id(5), content: id(6) },
    expected: { policyId: id(5), controlObjectiveId: id(6) },
    bad: ["content", ""],
  },
  control_objective_citations: {
    good: { sn_compliance_policy_statement: id(6), sn_compliance_citation: id(3) },
    expected: { controlObjectiveId: id(6), citationId: id(3) },
    bad: ["sn_compliance_citation", undefined],
  },
  risk_criteria: { good: { type: "impact", display_value: "4 - High", order: "4" }, expected: { type: "impact", label: "4 - High", order: 4 }, bad: ["order", "four"] },
  risk_statements: {
    good: { name: "Unauthorised access", impact: id(7), default_inherent_sle: "250000" },
    expected: { defaultImpactId: id(7), defaultInherentSle: 250000 },
    bad: ["likelihood", "4 - Likely"],
  },
  controls: {
    good: { number: "CTRL0020012", name: "Quarterly access review", content: id(6), profile: id(8), key_control: "true", weighting: "5", state: "attest", status: "non_compliant" },
    expected: { number: "CTRL0020012", controlObjectiveId: id(6), entityId: id(8), keyControl: true, weighting: 5, state: "attest", status: "non_compliant", exempt: null },
    bad: ["key_control", "maybe"],
  },
  risks: {
    good: { number: "RK0020310", statement: id(9), profile: id(8), score: { link: "x", value: id(10) }, inherent_ale: "1250000.5", state: "monitor" },
    expected: { riskStatementId: id(9), scoreId: id(10), inherentAle: 1250000.5, state: "monitor", residualAle: null },
    bad: ["inherent_ale", "1,250,000"],
  },
  risk_controls: {
    good: { sn_risk_risk: id(11), sn_compliance_control: id(12) },
    expected: { riskId: id(11), controlId: id(12) },
    bad: ["sn_risk_risk", "RK0020310"],
  },
  indicators: {
    good: { number: "IND0001", item: id(12), entity: id(8), last_result_passed: "false", target: "95", next_run_time: "2024-07-01 00:00:00" },
    expected: { itemId: id(12), lastResultPassed: false, target: 95, nextRunAt: new Date("2024-07-01T00:00:00Z") },
    bad: ["next_run_time", "tomorrow"],
  },
  indicator_results: {
    good: { indicator: id(13), passed: "true", value: "97.2", collection_date: "2024-06-30 23:59:59" },
    expected: { indicatorId: id(13), passed: true, value: 97.2, collectedAt: new Date("2024-06-30T23:59:59Z") },
    bad: ["indicator", ""],
  },
  issues: {
    good: { number: "IPT0001", short_description: "Review missed", state: "3", priority: "2", opened_at: "2024-05-01 10:00:00", issue_source: "control_test_failure" },
    expected: { state: "3", priority: "2", openedAt: new Date("2024-05-01T10:00:00Z"), issueSource: "control_test_failure", closedAt: null },
    bad: ["due_date", "2024-13-01 00:00:00"],
  },
  issue_items: { good: { sn_grc_issue: id(14), sn_grc_item: id(12) }, expected: { issueId: id(14), itemId: id(12) }, bad: ["sn_grc_item", 42] },
  control_tests: {
    good: { number: "CTR0001", control: id(12), design_effectiveness: "effective", operation_effectiveness: "ineffective", performed_on: "2024-06-01" },
    expected: { controlId: id(12), designEffectiveness: "effective", operationEffectiveness: "ineffective", performedOn: new Date("2024-06-01T00:00:00Z") },
    bad: ["performed_on", "2024-02-30"],
  },
};

describe("sync table registry", () => {
  it("covers every table once, with a fixture for each", () => {
    expect(new Set(syncTables.map((t) => t.name)).size).toBe(syncTables.length);
    expect(new Set(syncTables.map((t) => t.table)).size).toBe(syncTables.length);
    expect(Object.keys(fixtures).sort()).toEqual(syncTables.map((t) => t.name).sort());
    expect(getSyncTable("controls")?.table).toBe("sn_compliance_control");
    expect(getSyncTable("nope")).toBeUndefined();
  });

  it("lists referenced tables before the tables that point at them", () => {
    const position = (name: SyncTableName) => syncTables.findIndex((t) => t.name === name);
    const before: [SyncTableName, SyncTableName][] = [
      ["entity_classes", "entities"], ["entities", "controls"], ["control_objectives", "controls"], ["risk_statements", "risks"],
      ["risk_criteria", "risks"], ["controls", "risk_controls"], ["risks", "risk_controls"], ["controls", "indicators"],
      ["indicators", "indicator_results"], ["issues", "issue_items"], ["issues", "control_tests"], ["authority_documents", "citations"],
      ["policies", "policy_control_objectives"], ["citations", "control_objective_citations"],
    ];
    for (const [first, then] of before) expect(position(first)).toBeLessThan(position(then));
  });

  it("requests exactly the system fields and the mapped ones", () => {
    for (const table of syncTables) {
      expect(table.fields.slice(-3)).toEqual(["sys_id", "sys_created_on", "sys_updated_on"]);
      expect(new Set(table.fields).size).toBe(table.fields.length);
      for (const field of table.fields) expect(field).toMatch(/^[a-z_]+$/);
    }
    expect(getSyncTable("risk_controls")?.fields).toEqual(["sn_risk_risk", "sn_compliance_control", "sys_id", "sys_created_on", "sys_updated_on"]);
  });

  describe.each(syncTables.map((table) => [table.name, table] as const))("%s", (name, table) => {
    const fixture = fixtures[name];

    it("maps a good record, with nulls for empty and absent fields", () => {
      const result = table.map({ ...SYSTEM, ...fixture.good, "profile.name": "dot-walked extra" });
      if (!result.ok) throw new Error(result.reason);
      expect(result.value).toMatchObject({
        ...fixture.expected,
        sysId: id(1),
        createdAt: new Date("2024-01-02T03:04:05Z"),
        updatedAt: new Date("2024-06-07T08:09:10Z"),
      });
      expect(result.value).not.toHaveProperty("sys_mod_count");
      expect(result.value).not.toHaveProperty("profile.name");
    });

    it("refuses a malformed record with a reason naming the field", () => {
      const [field, value] = fixture.bad;
      const result = table.map({ ...SYSTEM, ...fixture.good, [field]: value });
      expect(result).toEqual({ ok: false, reason: expect.stringContaining(`${table.table} ${id(1)}: ${field} `) });
    });

    it("refuses a record without sys_updated_on, which incremental sync depends on", () => {
      const result = table.map({ ...fixture.good, sys_id: id(1), sys_updated_on: "" });
      expect(result).toEqual({ ok: false, reason: expect.stringContaining("sys_updated_on is required but empty") });
    });
  });
});

describe("MappedRecord", () => {
  it("types a table's product shape", () => {
    const result = getSyncTable("controls")!.map({ sys_id: id(1), sys_updated_on: "2024-01-01 00:00:00", key_control: "true" });
    if (!result.ok) throw new Error(result.reason);
    const control = result.value as MappedRecord<"controls">;
    const keyControl: boolean | null = control.keyControl;
    const updatedAt: Date = control.updatedAt;
    expect([keyControl, updatedAt]).toEqual([true, new Date("2024-01-01T00:00:00Z")]);
  });
});
