// Links between control failure and risk outcomes across the whole portfolio: across risks, across
// entities, and pooled over every risk indicator result. Each is one test, with its sample size.
import type { AnalysisDataset } from "@/lib/analysis/dataset/types";
import { fisherExact, phiCoefficient, spearmanTest } from "@/lib/analysis/stats/correlation";
import { smoothedRate, type FailureRates } from "./control-failure-rates";
import { DAY_MS, crossTabulate, toTwoByTwo, type Observation, type PairTable } from "./indicator-links";

export interface PortfolioTest {
  key: string;
  label: string;
  /** What one observation is: a risk, an entity or an indicator result. */
  unit: "risks" | "entities" | "indicator results";
  n: number;
  measure: "spearman" | "phi";
  effect: number;
  /** Spearman: two-sided t-test p-value; phi: one-sided Fisher exact p-value (failures raise bad results). */
  p: number;
  /** Pooled indicator table, for the indicator test only. */
  table: PairTable | null;
}

/** What the portfolio tests read about each analysed risk. */
export interface PortfolioRisk {
  id: string;
  entityId: string | null;
  controlIds: readonly string[];
  inherentScore: number | null;
  residualScore: number | null;
  /** Mean smoothed failure rate of the risk's tested active controls. */
  meanFailureRate: number | null;
}

function correlationTest(key: string, label: string, unit: PortfolioTest["unit"], x: number[], y: number[], minN: number): PortfolioTest | null {
  if (x.length < minN) return null;
  const { r, n, p } = spearmanTest(x, y);
  if (r === null || p === null) return null;
  return { key, label, unit, n, measure: "spearman", effect: r, p, table: null };
}

function acrossRisks(risks: readonly PortfolioRisk[], minN: number): (PortfolioTest | null)[] {
  const residual = risks.filter((r) => r.meanFailureRate !== null && r.residualScore !== null);
  const reduction = residual.filter((r) => r.inherentScore !== null);
  return [
    correlationTest(
      "risk-failure-vs-residual", "Control failure rate vs residual score, across risks", "risks",
      residual.map((r) => r.meanFailureRate as number), residual.map((r) => r.residualScore as number), minN,
    ),
    correlationTest(
      "risk-failure-vs-reduction", "Control failure rate vs score reduction (inherent − residual), across risks", "risks",
      reduction.map((r) => r.meanFailureRate as number),
      reduction.map((r) => (r.inherentScore as number) - (r.residualScore as number)), minN,
    ),
  ];
}

function acrossEntities(dataset: AnalysisDataset, risks: readonly PortfolioRisk[], rates: FailureRates, minN: number): (PortfolioTest | null)[] {
  const entities = new Map<string, { tests: number; failures: number; controls: number; issues: number; residual: number[] }>();
  const entry = (id: string) => {
    let e = entities.get(id);
    if (!e) entities.set(id, (e = { tests: 0, failures: 0, controls: 0, issues: 0, residual: [] }));
    return e;
  };
  for (const control of dataset.controls) {
    if (control.entityId === null) continue;
    const e = entry(control.entityId);
    e.controls++;
    const record = rates.byControl.get(control.id);
    e.tests += record?.tests ?? 0;
    e.failures += record?.failures ?? 0;
  }
  for (const issue of dataset.issues) if (issue.entityId !== null && entities.has(issue.entityId)) entry(issue.entityId).issues++;
  for (const risk of risks) if (risk.entityId !== null && risk.residualScore !== null) entry(risk.entityId).residual.push(risk.residualScore);
  const ids = [...entities.keys()].sort();
  const failureRate = (id: string) => {
    const e = entities.get(id)!;
    return smoothedRate(e.failures, e.tests, rates.prior, rates.priorTests);
  };
  const withResidual = ids.filter((id) => failureRate(id) !== null && entities.get(id)!.residual.length > 0);
  const withIssues = ids.filter((id) => failureRate(id) !== null);
  const meanResidual = (id: string) => {
    const list = entities.get(id)!.residual;
    return list.reduce((a, b) => a + b, 0) / list.length;
  };
  return [
    correlationTest(
      "entity-failure-vs-residual", "Control failure rate vs mean residual risk score, across entities", "entities",
      withResidual.map((id) => failureRate(id) as number), withResidual.map(meanResidual), minN,
    ),
    correlationTest(
      "entity-failure-vs-issues", "Control failure rate vs issues per control, across entities", "entities",
      withIssues.map((id) => failureRate(id) as number),
      withIssues.map((id) => entities.get(id)!.issues / entities.get(id)!.controls), minN,
    ),
  ];
}

/** Every indicator result of every risk, exposed when any recorded control of the risk failed in the window. */
function pooledIndicators(
  risks: readonly PortfolioRisk[],
  series: ReadonlyMap<string, Observation[]>,
  rates: FailureRates,
  options: { minSampleSize: number; windowDays: number },
): PortfolioTest | null {
  const pooled: PairTable = { exposed: 0, exposedBad: 0, unexposed: 0, unexposedBad: 0 };
  for (const risk of risks) {
    const observations = series.get(risk.id);
    if (!observations || observations.length < options.minSampleSize) continue;
    const times = [...new Set(risk.controlIds)].flatMap((id) => rates.byControl.get(id)?.failureTimes ?? []).sort((a, b) => a - b);
    const table = crossTabulate(observations, times, options.windowDays * DAY_MS);
    pooled.exposed += table.exposed;
    pooled.exposedBad += table.exposedBad;
    pooled.unexposed += table.unexposed;
    pooled.unexposedBad += table.unexposedBad;
  }
  const n = pooled.exposed + pooled.unexposed;
  const phi = phiCoefficient(toTwoByTwo(pooled));
  if (n < options.minSampleSize || phi === null) return null;
  return {
    key: "indicator-vs-recorded-failures",
    label: "Recorded control failures vs risk indicator failures, pooled over risks",
    unit: "indicator results", n, measure: "phi", effect: phi, p: fisherExact(toTwoByTwo(pooled), "greater"), table: pooled,
  };
}

export function portfolioTests(
  dataset: AnalysisDataset,
  risks: readonly PortfolioRisk[],
  series: ReadonlyMap<string, Observation[]>,
  rates: FailureRates,
  options: { minSampleSize: number; windowDays: number },
): PortfolioTest[] {
  return [
    ...acrossRisks(risks, options.minSampleSize),
    ...acrossEntities(dataset, risks, rates, options.minSampleSize),
    pooledIndicators(risks, series, rates, options),
  ].filter((t): t is PortfolioTest => t !== null);
}
