// Indicators on controls and risks, with monthly results. Control indicators echo their control's
// failure propensity; risk indicators fail more after failed tests of the risk's linked controls,
// including links missing from sn_risk_m2m_risk_control, so those links can be found by correlation.
import { DAY_MS, formatDateTime } from "../datetime";
import type { Row } from "../store";
import { TABLES } from "../table-schema";
import type { GenContext } from "./context";
import type { ControlPlan } from "./controls";
import type { RiskPlan } from "./risks";
import type { GeneratorCounts } from "./sizes";
import { INDICATOR_METRICS } from "./vocabulary";

export const INDICATOR_MODEL = {
  collection: "monthly, on the 1st at 06:00:00 UTC, from the month after the indicator was created",
  control_indicator: "fails with probability 0.8 * p, p = the model probability of the control's latest test before the collection (its first test before that)",
  risk_indicator: "fails with probability 1 / (1 + exp(-(-2.2 + 1.1 * k))), k = failed tests of the risk's true linked controls in the 90 days up to the collection",
  value: "passed: uniform 95-100; failed: uniform 60-95 (target 95, percentage)",
} as const;

export function generateIndicators(ctx: GenContext, counts: GeneratorCounts, controls: ControlPlan[], risks: RiskPlan[]): void {
  const rng = ctx.rng("indicators");
  const active = rng.shuffle(controls.filter((c) => c.tested && c.retiredAt === undefined && c.testTimes.length > 0));
  for (const plan of active.slice(0, counts.controlIndicators)) {
    let j = -1;
    const outcome = addIndicator(ctx, plan.row, "compliance_indicator", plan.created, (at) => {
      while (j + 1 < plan.testTimes.length && (plan.testTimes[j + 1] as number) <= at) j++;
      return 0.8 * (plan.testProbability[Math.max(j, 0)] ?? 0.1);
    });
    plan.row.failed_indicators = outcome.lastFailed ? "1" : "0";
    plan.row.passed_indicators = outcome.total > 0 && !outcome.lastFailed ? "1" : "0";
  }
  for (const risk of rng.shuffle([...risks]).slice(0, counts.riskIndicators)) {
    const failures = risk.controls
      .flatMap((c) => c.testTimes.filter((_, i) => c.testFailed[i]))
      .sort((a, b) => a - b);
    let from = 0;
    let to = 0;
    const result = addIndicator(ctx, risk.row, "risk_indicator", risk.created, (at) => {
      while (to < failures.length && (failures[to] as number) <= at) to++;
      while (from < to && (failures[from] as number) <= at - 90 * DAY_MS) from++;
      return 1 / (1 + Math.exp(-(-2.2 + 1.1 * (to - from))));
    });
    const ind = result.lastYear === 0 ? 0 : (100 * result.failedLastYear) / result.lastYear;
    const ctrl = Number(risk.row.control_failure_factor ?? 0);
    risk.row.indicator_failure_factor = ind.toFixed(2);
    risk.row.calculated_risk_factor = ((ind + ctrl) / 2).toFixed(2);
  }
}

interface IndicatorOutcome {
  total: number;
  lastFailed: boolean;
  lastYear: number;
  failedLastYear: number;
}

/** Adds an indicator on `item` and its monthly results; `failureChance(at)` gives each result's odds. */
function addIndicator(ctx: GenContext, item: Row, category: string, itemCreated: number, failureChance: (at: number) => number): IndicatorOutcome {
  const rng = ctx.rng(`indicator:${item.sys_id}`);
  const created = Math.max(itemCreated, ctx.start - 60 * DAY_MS);
  const indicator = ctx.add(TABLES.indicator, {
    number: ctx.number("IND"), short_description: `${rng.pick(INDICATOR_METRICS)} (${item.number})`, item: item.sys_id ?? "",
    entity: item.profile ?? "", category, owner: item.owner ?? "", owning_group: item.owning_group ?? "", active: "true",
    collection_frequency: "monthly", method: rng.pick(["basic", "manual"]), target_type: "percentage", target: "95",
    last_result_passed: "", next_run_time: "",
  }, { created });
  const outcome: IndicatorOutcome = { total: 0, lastFailed: false, lastYear: 0, failedLastYear: 0 };
  const first = new Date(Math.max(created, ctx.start));
  let last = created;
  for (let m = 1; ; m++) {
    const at = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1, 6);
    if (at > ctx.asOf) {
      indicator.next_run_time = formatDateTime(at);
      break;
    }
    const failed = rng.chance(failureChance(at));
    ctx.add(TABLES.indicatorResult, {
      indicator: indicator.sys_id ?? "", passed: failed ? "false" : "true",
      value: (failed ? rng.between(60, 95) : rng.between(95, 100)).toFixed(2), collection_date: formatDateTime(at), target: "95",
    }, { created: at, updated: at, by: "system" });
    outcome.total++;
    outcome.lastFailed = failed;
    if (at > ctx.asOf - 365 * DAY_MS) {
      outcome.lastYear++;
      if (failed) outcome.failedLastYear++;
    }
    last = at;
  }
  indicator.last_result_passed = outcome.total === 0 ? "" : outcome.lastFailed ? "false" : "true";
  indicator.sys_updated_on = formatDateTime(last);
  return outcome;
}
