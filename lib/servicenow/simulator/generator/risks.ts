// Risk statements, risks and their control links. A risk's residual likelihood and impact follow
// from how often its linked controls failed (the formula in RESIDUAL_MODEL), so weak controls push
// the residual scores of their risks up. A few true links are left out of sn_risk_m2m_risk_control.
import { DAY_MS } from "../datetime";
import type { Row } from "../store";
import { TABLES } from "../table-schema";
import { YEAR_MS, type GenContext } from "./context";
import type { ControlPlan } from "./controls";
import type { People } from "./people";
import type { GeneratorCounts } from "./sizes";
import { RISK_STATEMENTS } from "./vocabulary";

export const RESIDUAL_MODEL = {
  failure_rate: "f = mean over the risk's true linked controls of (failed tests / tests); a control without tests counts 0.5",
  residual_likelihood: "clamp(round(L - 2.5 * (1 - 1.6 * f)), 1, L) where L is the inherent likelihood level (1-5)",
  residual_impact: "clamp(I - (f < 0.15 ? 1 : 0), 1, I) where I is the inherent impact level (1-5)",
  score: "score level = ceil(impact level * likelihood level / 5), for inherent (score) and residual (residual_score)",
  control_failure_factor: "100 * f, rounded to 2 decimals",
  unrecorded_link_share: 0.1,
} as const;

const ARO_BY_LEVEL = [0.05, 0.2, 0.5, 1, 2];

export interface RiskLink {
  risk: string;
  control: string;
  /** False for links deliberately missing from sn_risk_m2m_risk_control. */
  recorded: boolean;
}

export interface RiskPlan {
  row: Row;
  controls: ControlPlan[];
  meanFailureRate: number;
  created: number;
}

export function generateRisks(ctx: GenContext, counts: GeneratorCounts, people: People, controls: ControlPlan[]) {
  const rng = ctx.rng("risks");
  const { criteria } = people;
  const definitions: Row[] = [];
  for (let i = 0; i < counts.riskDefinitions; i++) {
    const [base, category] = RISK_STATEMENTS[i % RISK_STATEMENTS.length] as [string, string];
    const name = i < RISK_STATEMENTS.length ? base : `${base} (variant ${Math.floor(i / RISK_STATEMENTS.length) + 1})`;
    definitions.push(ctx.add(TABLES.riskDefinition, {
      name, description: `Risk that ${name.toLowerCase()}.`, category, impact: criteria.impact[rng.int(1, 4)]?.sys_id ?? "",
      likelihood: criteria.likelihood[rng.int(1, 4)]?.sys_id ?? "", default_inherent_sle: String(Math.round(rng.between(1e4, 2e6))),
      default_inherent_aro: rng.between(0.05, 2).toFixed(2), active: "true",
    }, { created: ctx.start - YEAR_MS }));
  }
  const candidates = controls.filter((c) => c.tested && c.retiredAt === undefined);
  const plans: RiskPlan[] = [];
  if (candidates.length === 0) return { plans, links: [] as RiskLink[] };
  const byProfile = groupBy(candidates, (c) => c.row.profile ?? "");
  for (let i = 0; i < counts.risks; i++) {
    const anchor = rng.pick(candidates);
    const sameProfile = rng.shuffle([...(byProfile.get(anchor.row.profile ?? "") ?? [])]);
    const wanted = Math.min(6, 1 + rng.poisson(1.5));
    const linked = new Set<ControlPlan>([anchor, ...sameProfile.slice(0, wanted - 1)]);
    while (linked.size < Math.min(wanted, candidates.length)) linked.add(rng.pick(candidates));
    plans.push({ row: {}, controls: [...linked], meanFailureRate: 0, created: 0 });
  }
  // Every weak control drives at least one risk, preferably one of its own entity.
  const risksByProfile = groupBy(plans, (p) => p.controls[0]?.row.profile ?? "");
  for (const weak of candidates.filter((c) => c.weak)) {
    if (plans.length === 0 || plans.some((p) => p.controls.includes(weak))) continue;
    const local = risksByProfile.get(weak.row.profile ?? "");
    (local ? rng.pick(local) : rng.pick(plans)).controls.push(weak);
  }
  const links: RiskLink[] = [];
  const profiles = new Map(people.profiles.map((p) => [p.sys_id, p]));
  for (const plan of plans) {
    const statement = definitions.length > 0 ? rng.pick(definitions) : undefined;
    const profile = profiles.get(plan.controls[0]?.row.profile);
    const rates = plan.controls.map((c) => (c.testTimes.length === 0 ? 0.5 : c.testFailed.filter(Boolean).length / c.testTimes.length));
    const f = rates.reduce((a, b) => a + b, 0) / rates.length;
    plan.meanFailureRate = f;
    const I = rng.int(2, 5);
    const L = rng.int(2, 5);
    const RL = clamp(Math.round(L - 2.5 * (1 - 1.6 * f)), 1, L);
    const RI = clamp(I - (f < 0.15 ? 1 : 0), 1, I);
    const sle = Number(statement?.default_inherent_sle ?? 1e5) * rng.between(0.5, 2);
    const created = rng.between(ctx.start - YEAR_MS, ctx.asOf - 90 * DAY_MS);
    plan.created = created;
    const state = rng.weighted({ monitor: 75, assess: 8, review: 5, respond: 5, draft: 4, retired: 3 });
    const lastTest = Math.max(created, ...plan.controls.map((c) => c.testTimes[c.testTimes.length - 1] ?? 0));
    const name = `${statement?.name ?? "Operational risk"} - ${profile?.name ?? "Enterprise"}`;
    plan.row = ctx.add(TABLES.risk, {
      number: ctx.number("RK"), name, statement: statement?.sys_id ?? "", short_description: "", description: `${name}.`,
      profile: profile?.sys_id ?? "", owner: profile?.owned_by ?? "", owning_group: plan.controls[0]?.row.owning_group ?? "",
      category: statement?.category ?? "operational", state, active: state === "retired" ? "false" : "true", response: rng.weighted({ mitigate: 70, accept: 15, transfer: 10, avoid: 5 }),
      impact: level(criteria.impact, I), likelihood: level(criteria.likelihood, L), score: level(criteria.score, Math.ceil((I * L) / 5)),
      residual_impact: level(criteria.impact, RI), residual_likelihood: level(criteria.likelihood, RL),
      residual_score: level(criteria.score, Math.ceil((RI * RL) / 5)),
      inherent_sle: sle.toFixed(2), inherent_aro: String(ARO_BY_LEVEL[L - 1]), inherent_ale: (sle * (ARO_BY_LEVEL[L - 1] ?? 0)).toFixed(2),
      residual_sle: ((sle * RI) / I).toFixed(2), residual_aro: String(ARO_BY_LEVEL[RL - 1]),
      residual_ale: (((sle * RI) / I) * (ARO_BY_LEVEL[RL - 1] ?? 0)).toFixed(2), control_failure_factor: (100 * f).toFixed(2),
      indicator_failure_factor: "0", calculated_risk_factor: "0",
    }, { created, updated: lastTest });
    plan.controls.forEach((control, k) => {
      const recorded = k === 0 || !rng.chance(RESIDUAL_MODEL.unrecorded_link_share);
      links.push({ risk: plan.row.sys_id ?? "", control: control.row.sys_id ?? "", recorded });
      if (recorded) {
        ctx.add(TABLES.riskToControl, {
          sn_risk_risk: plan.row.sys_id ?? "", sn_compliance_control: control.row.sys_id ?? "",
        }, { created: Math.max(created, control.created) });
      }
    });
  }
  return { plans, links };
}

function level(rows: Row[], n: number): string {
  return rows[clamp(n, 1, rows.length) - 1]?.sys_id ?? "";
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, n));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
