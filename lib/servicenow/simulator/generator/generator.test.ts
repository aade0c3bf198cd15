import { describe, expect, it } from "vitest";
import { tableChecksum } from "../checksum";
import { fromGenerated } from "../dataset";
import { parseDateTime } from "../datetime";
import { Store, type Row } from "../store";
import { MONTH_MS, YEAR_MS } from "./context";
import { TESTS_PER_YEAR, failureProbability, type FailureFeatures, type Frequency } from "./failure-model";
import { generateDataset, type GeneratedDataset } from "./generate-dataset";

function checksums(dataset: GeneratedDataset): Record<string, string> {
  const store = new Store(fromGenerated(dataset.tables).defs, dataset.tables);
  return Object.fromEntries([...dataset.tables.keys()].map((table) => [table, tableChecksum(store, table).checksum]));
}

const time = (text: string | undefined) => parseDateTime(text ?? "") as number;

// Big enough for stable rates (about 5,000 tests), small enough to generate in well under a second.
const dataset = generateDataset({ seed: 11, counts: { controls: 400, statements: 200, citations: 300, risks: 150, controlIndicators: 60, riskIndicators: 60, users: 80, profiles: 20, historyMonths: 36 } });
const rows = (table: string): Row[] => dataset.tables.get(table) ?? [];
const truth = dataset.groundTruth;

describe("generateDataset", () => {
  it("is deterministic: the same seed gives the same records, another seed different ones", () => {
    const a = generateDataset({ seed: 42 });
    const b = generateDataset({ seed: 42 });
    expect(checksums(a)).toEqual(checksums(b));
    expect(JSON.stringify(a.groundTruth)).toBe(JSON.stringify(b.groundTruth));
    const c = checksums(generateDataset({ seed: 43 }));
    expect(c.sn_compliance_control).not.toBe(checksums(a).sn_compliance_control);
  });

  it("makes a few hundred records for the small preset, with unique 32-hex sys_ids and nothing after as-of", () => {
    const small = generateDataset({ seed: 1 });
    const all = [...small.tables.values()].flat();
    expect(all.length).toBeGreaterThan(300);
    expect(all.length).toBeLessThan(1000);
    expect(new Set(all.map((r) => r.sys_id)).size).toBe(all.length);
    expect(all.every((r) => /^[0-9a-f]{32}$/.test(r.sys_id ?? ""))).toBe(true);
    expect(all.every((r) => (r.sys_updated_on ?? "") <= "2026-10-01 00:00:00" && r.sys_created_on! <= r.sys_updated_on!)).toBe(true);
    expect(small.tables.get("sn_compliance_control")).toHaveLength(24);
  });

  it("makes planted weak controls fail far more often in the generated tests", () => {
    const weak = new Set(truth.weakControls);
    const tested = rows("sn_compliance_control").filter((c) => c.state !== "draft");
    expect(weak.size / tested.length).toBeCloseTo(0.08, 2);
    const rate = (pick: (control: string) => boolean) => {
      const tests = rows("sn_audit_control_test").filter((t) => t.state === "3" && pick(t.control ?? ""));
      return tests.filter((t) => t.operation_effectiveness === "ineffective").length / tests.length;
    };
    const weakRate = rate((c) => weak.has(c));
    const otherRate = rate((c) => !weak.has(c));
    expect(weakRate).toBeGreaterThan(0.4);
    expect(weakRate).toBeGreaterThan(3.5 * otherRate);
  });

  it("draws test outcomes from the stated logistic model over features observable in the data", () => {
    const { expected, observed, count } = replayModel();
    // Calibration: the model's summed probabilities match the observed failures within 4 sd.
    expect(count).toBeGreaterThan(3000);
    expect(Math.abs(observed - expected.sum)).toBeLessThan(4 * Math.sqrt(expected.variance));
    // The next (open) test of each control: features recomputed from the records match exactly.
    const recomputed = replayModel().next;
    for (const next of truth.nextTests) {
      const features = recomputed.get(next.control);
      expect(features, next.control).toBeDefined();
      for (const [name, value] of Object.entries(next.features)) expect(features?.[name as keyof FailureFeatures]).toBeCloseTo(value, 3);
      expect(failureProbability(features as FailureFeatures)).toBeCloseTo(next.probability, 3);
    }
  });

  it("records the true probability and outcome of every performed test, matching the replayed model", () => {
    const performed = rows("sn_audit_control_test").filter((t) => t.state === "3");
    expect(truth.testProbabilities).toHaveLength(performed.length);
    const byId = new Map(truth.testProbabilities.map((t) => [t.test, t]));
    for (const test of performed) expect(byId.get(test.sys_id ?? "")?.failed).toBe(test.operation_effectiveness === "ineffective");
    const replayed = replayModel().probabilities;
    for (const [test, probability] of replayed) expect(byId.get(test)?.probability).toBeCloseTo(probability, 3);
  });

  it("pushes up the residual likelihood of risks whose linked controls are weak", () => {
    const level = new Map(rows("sn_risk_criteria").map((c) => [c.sys_id, Number((c.display_value ?? "").slice(0, 1))]));
    const weakRisks = new Set(truth.risks.filter((r) => r.weak_controls > 0).map((r) => r.sys_id));
    const reduction = (pick: (risk: Row) => boolean) => {
      const risks = rows("sn_risk_risk").filter(pick);
      return risks.reduce((sum, r) => sum + level.get(r.likelihood)! - level.get(r.residual_likelihood)!, 0) / risks.length;
    };
    expect(weakRisks.size).toBeGreaterThan(0);
    expect(reduction((r) => weakRisks.has(r.sys_id!))).toBeLessThan(reduction((r) => !weakRisks.has(r.sys_id!)) - 0.5);
    const recorded = new Set(rows("sn_risk_m2m_risk_control").map((l) => `${l.sn_risk_risk}|${l.sn_compliance_control}`));
    expect(recorded).toEqual(new Set(truth.controlRiskLinks.filter((l) => l.recorded).map((l) => `${l.risk}|${l.control}`)));
    expect(truth.controlRiskLinks.some((l) => !l.recorded)).toBe(true);
    for (const control of truth.weakControls) {
      const retired = rows("sn_compliance_control").find((c) => c.sys_id === control)?.state === "retired";
      if (!retired) expect(truth.controlRiskLinks.some((l) => l.control === control)).toBe(true);
    }
  });

  it("plants framework gaps: exactly the listed leaf citations reach no control", () => {
    const controlled = new Set(rows("sn_compliance_control").map((c) => c.content));
    const covered = new Set(
      rows("sn_compliance_m2m_statement_citation")
        .filter((m) => controlled.has(m.sn_compliance_policy_statement))
        .map((m) => m.sn_compliance_citation),
    );
    const uncovered = rows("sn_compliance_citation").filter((c) => c.type !== "core_topic" && !covered.has(c.sys_id)).map((c) => c.sys_id);
    expect(new Set(uncovered)).toEqual(new Set(truth.frameworkGaps.map((g) => g.citation)));
    expect(new Set(truth.frameworkGaps.map((g) => g.reason))).toEqual(new Set(["citation_not_mapped", "objective_without_control"]));
  });
});

/** Recomputes every test's features from the records alone, as an analysis would. */
function replayModel() {
  const weak = new Set(truth.weakControls);
  const workload = new Map<string, number>();
  for (const c of rows("sn_compliance_control")) workload.set(c.owner ?? "", (workload.get(c.owner ?? "") ?? 0) + 1);
  const issuesById = new Map(rows("sn_grc_issue").map((i) => [i.sys_id, i]));
  const issuesOf = new Map<string, Row[]>();
  for (const link of rows("sn_grc_m2m_issue_item")) {
    const list = issuesOf.get(link.sn_grc_item ?? "") ?? [];
    list.push(issuesById.get(link.sn_grc_issue) as Row);
    issuesOf.set(link.sn_grc_item ?? "", list);
  }
  const testsOf = new Map<string, Row[]>();
  for (const t of rows("sn_audit_control_test")) testsOf.set(t.control ?? "", [...(testsOf.get(t.control ?? "") ?? []), t]);
  const expected = { sum: 0, variance: 0 };
  let observed = 0;
  let count = 0;
  const next = new Map<string, FailureFeatures>();
  const probabilities = new Map<string, number>();
  for (const control of rows("sn_compliance_control")) {
    const frequency = control.frequency as Frequency;
    const interval = (12 / TESTS_PER_YEAR[frequency]) * MONTH_MS;
    const created = time(control.sys_created_on);
    let previous: number | undefined;
    const tests = (testsOf.get(control.sys_id ?? "") ?? []).sort((a, b) => (a.number! < b.number! ? -1 : 1));
    for (const test of tests) {
      const at = time(test.state === "3" ? test.actual_end_date : test.planned_end_date);
      const open = (issuesOf.get(control.sys_id ?? "") ?? []).filter(
        (i) => time(i.opened_at) <= at && (i.closed_at === "" || at < time(i.closed_at)),
      ).length;
      const features: FailureFeatures = {
        weak: weak.has(control.sys_id ?? "") ? 1 : 0,
        tests_per_year: TESTS_PER_YEAR[frequency],
        months_since_last_test: (at - (previous ?? Math.max(created, at - interval))) / MONTH_MS,
        owner_workload: workload.get(control.owner ?? "") ?? 0,
        open_issues: open,
        control_age_years: (at - created) / YEAR_MS,
      };
      if (test.state !== "3") {
        next.set(control.sys_id ?? "", features);
        continue;
      }
      const p = failureProbability(features);
      probabilities.set(test.sys_id ?? "", p);
      expected.sum += p;
      expected.variance += p * (1 - p);
      if (test.operation_effectiveness === "ineffective") observed++;
      count++;
      previous = at;
    }
  }
  return { expected, observed, count, next, probabilities };
}
