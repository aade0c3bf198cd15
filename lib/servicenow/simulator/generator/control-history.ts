// Simulates each control's history in time order: tests drawn from the failure model, an issue for
// every failed test, ad-hoc issues, and one open (not yet performed) test per active control, whose
// true failure probability goes into the ground truth.
import { DAY_MS, formatDate, formatDateTime } from "../datetime";
import type { Rng } from "../prng";
import type { Row } from "../store";
import { TABLES } from "../table-schema";
import { MONTH_MS, YEAR_MS, type GenContext } from "./context";
import type { ControlPlan } from "./controls";
import { TESTS_PER_YEAR, failureProbability, type FailureFeatures } from "./failure-model";
import type { People } from "./people";

export interface NextTest {
  control: string;
  /** sys_id of the open sn_audit_control_test row this prediction is about. */
  test: string;
  planned_end_date: string;
  features: FailureFeatures;
  probability: number;
}

/** Every performed test's true failure probability, for scoring predictive analyses. */
export interface TestProbability {
  /** sys_id of the performed sn_audit_control_test row. */
  test: string;
  probability: number;
  failed: boolean;
}

/** Yearly rate of issues raised on a control for reasons other than a failed test. */
const AD_HOC_ISSUES_PER_YEAR = 0.25;

// Keyed by plan rather than a ControlPlan field, so the control plans keep their shape; filled in
// the same order as plan.testTimes.
const performedTests = new WeakMap<ControlPlan, string[]>();

/** sys_ids of the control's performed tests, in the order of plan.testTimes. */
export function performedTestIds(plan: ControlPlan): readonly string[] {
  return performedTests.get(plan) ?? [];
}

export function simulateControlHistory(ctx: GenContext, people: People, plans: ControlPlan[]): NextTest[] {
  const rng = ctx.rng("tests");
  const issueRng = ctx.rng("issues");
  const nextTests: NextTest[] = [];
  for (const plan of plans) {
    if (!plan.tested) continue;
    const end = plan.retiredAt ?? ctx.asOf;
    const interval = (12 / TESTS_PER_YEAR[plan.frequency]) * MONTH_MS;
    const activeFrom = Math.max(plan.created, ctx.start);
    const adHoc = issueRng.poisson((AD_HOC_ISSUES_PER_YEAR * (end - activeFrom)) / YEAR_MS);
    for (let k = 0; k < adHoc; k++) addIssue(ctx, issueRng, people, plan, issueRng.between(activeFrom, end), false);
    let t = activeFrom + interval * rng.between(0.1, 1);
    // A control older than the window had a test before it: count from one interval back at most.
    let previous = Math.max(plan.created, t - interval);
    const testIds: string[] = [];
    performedTests.set(plan, testIds);
    while (t <= end) {
      const probability = failureProbability(featuresAt(plan, t, previous));
      const failed = rng.chance(probability);
      const issue = failed ? addIssue(ctx, issueRng, people, plan, t + rng.between(0, 3) * DAY_MS, true) : undefined;
      testIds.push(addTest(ctx, rng, people, plan, t, failed, issue).sys_id ?? "");
      plan.testTimes.push(t);
      plan.testFailed.push(failed);
      plan.testProbability.push(probability);
      previous = t;
      // Tests drift around the schedule, and now and then slip by a good part of an interval.
      t += interval * Math.max(0.5, 1 + 0.1 * rng.normal()) + (rng.chance(0.15) ? interval * rng.between(0.2, 1) : 0);
    }
    finishControl(plan);
    if (plan.retiredAt === undefined) {
      const features = featuresAt(plan, t, previous);
      const open = addOpenTest(ctx, rng, people, plan, t, previous);
      nextTests.push({
        control: plan.row.sys_id ?? "", test: open.sys_id ?? "", planned_end_date: formatDateTime(t),
        features, probability: failureProbability(features),
      });
    }
  }
  return nextTests;
}

function featuresAt(plan: ControlPlan, t: number, previous: number): FailureFeatures {
  let openIssues = 0;
  for (const issue of plan.issues) if (issue.opened <= t && t < issue.closed) openIssues++;
  return {
    weak: plan.weak ? 1 : 0,
    tests_per_year: TESTS_PER_YEAR[plan.frequency],
    months_since_last_test: (t - previous) / MONTH_MS,
    owner_workload: plan.ownerWorkload,
    open_issues: openIssues,
    control_age_years: (t - plan.created) / YEAR_MS,
  };
}

/** The control's compliance status follows its latest test. */
function finishControl(plan: ControlPlan): void {
  const tests = plan.testTimes.length;
  const lastFailed = plan.testFailed[tests - 1];
  plan.row.status = plan.retiredAt !== undefined ? "not_applicable" : tests === 0 ? "" : lastFailed ? "non_compliant" : "compliant";
  const lastActivity = Math.max(plan.created, plan.testTimes[tests - 1] ?? 0, plan.retiredAt ?? 0);
  plan.row.sys_updated_on = formatDateTime(lastActivity);
  plan.row.sys_mod_count = String(tests);
}

function period(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()} Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

function addTest(ctx: GenContext, rng: Rng, people: People, plan: ControlPlan, t: number, failed: boolean, issue: Row | undefined): Row {
  const tester = rng.pick(people.users);
  const designFailed = failed && rng.chance(0.25);
  return ctx.add(TABLES.controlTest, {
    number: ctx.number("CTR"), short_description: `Test of ${plan.row.number} (${period(t)})`,
    description: `Operating effectiveness test: ${plan.row.name}`, control: plan.row.sys_id ?? "", assigned_to: tester.sys_id ?? "",
    state: "3", design_effectiveness: designFailed ? "ineffective" : "effective",
    operation_effectiveness: failed ? "ineffective" : "effective", control_effectiveness: failed ? "ineffective" : "effective",
    planned_start_date: formatDateTime(t - 14 * DAY_MS), planned_end_date: formatDateTime(t),
    actual_start_date: formatDateTime(t - rng.between(1, 10) * DAY_MS), actual_end_date: formatDateTime(t), performed_on: formatDate(t),
    issue: issue?.sys_id ?? "", opinion: failed ? "Exceptions noted" : "No exceptions noted", design_results: "",
    operation_results: failed ? "Sample testing found exceptions." : "All samples passed.",
  }, { created: t - 14 * DAY_MS, updated: t + rng.between(0, 5) * DAY_MS, by: tester.user_name });
}

function addOpenTest(ctx: GenContext, rng: Rng, people: People, plan: ControlPlan, planned: number, previous: number): Row {
  const tester = rng.pick(people.users);
  return ctx.add(TABLES.controlTest, {
    number: ctx.number("CTR"), short_description: `Test of ${plan.row.number} (${period(planned)})`,
    description: `Operating effectiveness test: ${plan.row.name}`, control: plan.row.sys_id ?? "", assigned_to: tester.sys_id ?? "",
    state: "1", design_effectiveness: "none", operation_effectiveness: "none", control_effectiveness: "none",
    planned_start_date: formatDateTime(planned - 14 * DAY_MS), planned_end_date: formatDateTime(planned),
    actual_start_date: "", actual_end_date: "", performed_on: "", issue: "", opinion: "", design_results: "", operation_results: "",
  }, { created: Math.max(previous + 7 * DAY_MS, planned - 60 * DAY_MS) });
}

function addIssue(ctx: GenContext, rng: Rng, people: People, plan: ControlPlan, at: number, fromTest: boolean): Row {
  const opened = Math.min(at, ctx.asOf);
  const closedAt = opened + (2 + rng.exponential(plan.weak ? 75 : 45)) * DAY_MS;
  const open = closedAt >= ctx.asOf;
  plan.issues.push({ opened, closed: open ? Infinity : closedAt });
  const kind = fromTest
    ? { type: rng.chance(0.25) ? "control_design_failure" : "control_operative_failure", source: "control_test_failure", classification: "audit" }
    : {
        type: rng.pick(["observation", "non_compliance_policy", "non_compliance_regulation", "risk_issue", "other"]),
        source: rng.pick(["ad_hoc", "risk_assessment", "control_attestation_failure", "indicator_failure"]),
        classification: rng.pick(["compliance", "risk"]),
      };
  const row = ctx.add(TABLES.issue, {
    number: ctx.number("IPT"),
    short_description: fromTest ? `Control test failure: ${plan.row.number}` : `Finding on ${plan.row.number}`,
    description: `${fromTest ? "A control test found exceptions in" : "A finding was raised on"} ${plan.row.name}.`,
    profile: plan.row.profile ?? "", issue_type: kind.type, issue_source: kind.source, classification: kind.classification,
    priority: rng.weighted({ "1": 5, "2": 20, "3": 45, "4": 30 }), impact: rng.pick(["1", "2", "3"]), urgency: rng.pick(["1", "2", "3"]),
    state: open ? rng.weighted({ "1": 30, "2": 30, "5": 30, "0": 10 }) : rng.chance(0.9) ? "3" : "4", active: open ? "true" : "false",
    assignment_group: plan.row.owning_group ?? "", assigned_to: plan.row.owner ?? "", issue_manager: rng.pick(people.users).sys_id ?? "",
    opened_at: formatDateTime(opened), closed_at: open ? "" : formatDateTime(closedAt), due_date: formatDateTime(opened + 60 * DAY_MS),
    recommendation: "Remediate the exceptions and re-test the control.", close_notes: open ? "" : "Remediated and verified.",
  }, { created: opened, updated: open ? rng.between(opened, ctx.asOf) : closedAt });
  ctx.add(TABLES.issueToItem, {
    sn_grc_issue: row.sys_id ?? "", sn_grc_item: plan.row.sys_id ?? "",
  }, { created: opened });
  return row;
}
