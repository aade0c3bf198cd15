// Controls, with skewed owner workloads, varied ages and frequencies, and the planted weak ones.
import { DAY_MS } from "../datetime";
import type { Rng } from "../prng";
import type { Row } from "../store";
import { TABLES } from "../table-schema";
import { YEAR_MS, type GenContext } from "./context";
import { WEAK_CONTROL_SHARE, type Frequency } from "./failure-model";
import type { Frameworks } from "./frameworks";
import type { People } from "./people";
import type { GeneratorCounts } from "./sizes";
import { CONTROL_VERBS } from "./vocabulary";

export interface IssueSpan {
  opened: number;
  /** Infinity while the issue is open at the as-of date. */
  closed: number;
}

export interface ControlPlan {
  row: Row;
  created: number;
  weak: boolean;
  frequency: Frequency;
  /** Draft controls are not tested yet. */
  tested: boolean;
  /** Retired controls stop being tested at this time. */
  retiredAt?: number;
  ownerWorkload: number;
  /** History, filled by the test simulation (times ascending). */
  testTimes: number[];
  testFailed: boolean[];
  /** The model's failure probability for each test. */
  testProbability: number[];
  issues: IssueSpan[];
}

export function generateControls(ctx: GenContext, counts: GeneratorCounts, people: People, frameworks: Frameworks): ControlPlan[] {
  const rng = ctx.rng("controls");
  // A tenth as many owners as controls, with log-normal weights: a few owners carry many controls.
  const owners = rng.shuffle([...people.users]).slice(0, Math.max(3, Math.round(counts.controls / 10)));
  const pickOwner = weightedPicker(rng, owners, () => Math.exp(0.6 * rng.normal()));
  const pickProfile = weightedPicker(rng, people.profiles, () => Math.exp(0.5 * rng.normal()));
  const plans: ControlPlan[] = [];
  for (let i = 0; i < counts.controls; i++) {
    // The first control of each objective is the one that covers its citations: always in operation.
    const coversObjective = i < frameworks.objectives.length;
    const objective = coversObjective ? frameworks.objectives[i] : rng.pick(frameworks.objectives);
    if (!objective) throw new Error("no control objectives to attach controls to");
    const state = coversObjective ? "monitor" : rng.weighted({ monitor: 86, attest: 4, review: 4, draft: 3, retired: 3 });
    const created = state === "draft" ? ctx.asOf - rng.between(10, 120) * DAY_MS : rng.between(ctx.start - 2 * YEAR_MS, ctx.asOf - 180 * DAY_MS);
    const frequency = rng.weighted<Frequency>({ monthly: 15, quarterly: 45, semi_annually: 20, annually: 20 });
    const profile = pickProfile();
    const verb = rng.pick(CONTROL_VERBS);
    const row = ctx.add(TABLES.control, {
      number: ctx.number("CTRL"), name: `${verb} ${objective.topic.toLowerCase()} - ${profile.name}`,
      description: `${verb} ${objective.topic.toLowerCase()} for ${profile.name}.`, content: objective.row.sys_id ?? "",
      profile: profile.sys_id ?? "", owner: pickOwner().sys_id ?? "", owning_group: rng.pick(people.groups).sys_id ?? "",
      key_control: rng.chance(0.3) ? "true" : "false", weighting: String(rng.int(1, 10)), exempt: "false",
      enforcement: rng.chance(0.85) ? "mandated" : "voluntary", category: objective.domain,
      type: rng.pick(["Manual", "Automated", "IT-dependent manual"]), classification: objective.row.classification ?? "",
      frequency, assessment_method: rng.pick(["Control test", "Attestation", "Indicator"]), failed_indicators: "0",
      passed_indicators: "0", state, status: "", active: state === "retired" ? "false" : "true",
      supplemental_guidance: "", implementation_statement: `${objective.topic} is implemented through a ${frequency.replace("_", "-")} ${verb.toLowerCase()}.`,
    }, { created });
    const retiredAt = state === "retired" ? rng.between(Math.max(created, ctx.start) + 90 * DAY_MS, ctx.asOf - 30 * DAY_MS) : undefined;
    plans.push({
      row, created, weak: false, frequency, tested: state !== "draft", retiredAt, ownerWorkload: 0,
      testTimes: [], testFailed: [], testProbability: [], issues: [],
    });
  }
  const workload = new Map<string, number>();
  for (const plan of plans) workload.set(plan.row.owner ?? "", (workload.get(plan.row.owner ?? "") ?? 0) + 1);
  for (const plan of plans) plan.ownerWorkload = workload.get(plan.row.owner ?? "") ?? 0;
  const tested = ctx.rng("weak").shuffle(plans.filter((plan) => plan.tested));
  const weakCount = tested.length === 0 ? 0 : Math.max(1, Math.round(tested.length * WEAK_CONTROL_SHARE));
  for (const plan of tested.slice(0, weakCount)) plan.weak = true;
  return plans;
}

/** Picks items with fixed random weights, drawn once per item. */
function weightedPicker<T>(rng: Rng, items: readonly T[], weight: () => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) cumulative.push((total += weight()));
  return () => {
    const roll = rng.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) > roll) high = mid;
      else low = mid + 1;
    }
    return items[low] as T;
  };
}
