// Time-lagged links between a control's failed tests and a risk's indicator results. Each indicator
// result on the risk is one observation: "exposed" when the control failed a test in the window
// before it, and "bad" when the indicator failed. A control that mitigates the risk should make bad
// results more likely when exposed: Fisher's exact test, one-sided, on that 2×2 table. Candidate
// controls are the risk's recorded controls plus the active controls of its entity and those sharing
// an issue with it, and only those with at least one failed test (others cannot be exposed).
import type { AnalysisDataset } from "@/lib/analysis/dataset/types";
import { fisherExact, phiCoefficient } from "@/lib/analysis/stats/correlation";
import type { FailureRates } from "./control-failure-rates";

export const DAY_MS = 86_400_000;

export interface Observation {
  at: number;
  bad: boolean;
}

export interface PairTable {
  /** Observations with a failed test of the control in the window before them, and how many were bad. */
  exposed: number;
  exposedBad: number;
  unexposed: number;
  unexposedBad: number;
}

export interface PairTest extends PairTable {
  riskId: string;
  controlId: string;
  recorded: boolean;
  n: number;
  phi: number;
  /** One-sided Fisher exact p-value: exposure raises the chance of a bad result. */
  p: number;
}

export interface PairTestRun {
  /** One-sided p-value of every pair tested, in test order (what the multiple-comparison correction needs). */
  pValues: number[];
  /** The tests with p ≤ the retention bound, with their index in pValues; others can never be significant. */
  retained: (PairTest & { index: number })[];
  /** Risks with indicator results, and those skipped for having fewer than the minimum. */
  risksWithResults: number;
  risksBelowMinSample: number;
  /** Candidate pairs with no contrast to test: never or always exposed, or never or always bad. */
  pairsWithoutContrast: number;
}

/** Each risk's indicator results as observations, ascending in time (results without a verdict or date left out). */
export function riskObservations(dataset: AnalysisDataset, riskIds: ReadonlySet<string>): Map<string, Observation[]> {
  const riskOfIndicator = new Map<string, string>();
  for (const indicator of dataset.indicators) {
    if (indicator.itemId !== null && riskIds.has(indicator.itemId)) riskOfIndicator.set(indicator.id, indicator.itemId);
  }
  const series = new Map<string, Observation[]>();
  for (const result of dataset.indicatorResults) {
    const riskId = riskOfIndicator.get(result.indicatorId);
    if (riskId === undefined || result.passed === null || result.collectedAt === null) continue;
    const list = series.get(riskId);
    const observation = { at: result.collectedAt, bad: !result.passed };
    if (list) list.push(observation);
    else series.set(riskId, [observation]);
  }
  for (const list of series.values()) list.sort((a, b) => a.at - b.at || Number(a.bad) - Number(b.bad));
  return series;
}

/** Cross-tabulates observations by exposure: a failure time in (at − window, at]. Both lists ascending. */
export function crossTabulate(observations: readonly Observation[], failureTimes: readonly number[], windowMs: number): PairTable {
  const table: PairTable = { exposed: 0, exposedBad: 0, unexposed: 0, unexposedBad: 0 };
  let from = 0;
  let to = 0;
  for (const { at, bad } of observations) {
    while (to < failureTimes.length && (failureTimes[to] as number) <= at) to++;
    while (from < to && (failureTimes[from] as number) <= at - windowMs) from++;
    if (to > from) {
      table.exposed++;
      if (bad) table.exposedBad++;
    } else {
      table.unexposed++;
      if (bad) table.unexposedBad++;
    }
  }
  return table;
}

export function toTwoByTwo(t: PairTable) {
  return { a: t.exposedBad, b: t.exposed - t.exposedBad, c: t.unexposedBad, d: t.unexposed - t.unexposedBad };
}

/** Active controls with at least one failed test, by entity; and by risk, those sharing an issue with it. */
function candidateIndex(dataset: AnalysisDataset, riskIds: ReadonlySet<string>, rates: FailureRates) {
  const canFail = (id: string) => (rates.byControl.get(id)?.failureTimes.length ?? 0) > 0;
  const byEntity = new Map<string, string[]>();
  const active = new Set<string>();
  for (const control of dataset.controls) {
    if (!control.active || !canFail(control.id)) continue;
    active.add(control.id);
    if (control.entityId === null) continue;
    const list = byEntity.get(control.entityId);
    if (list) list.push(control.id);
    else byEntity.set(control.entityId, [control.id]);
  }
  const sharedIssue = new Map<string, string[]>();
  for (const issue of dataset.issues) {
    const issueRisks = issue.itemIds.filter((id) => riskIds.has(id));
    if (issueRisks.length === 0) continue;
    const issueControls = issue.itemIds.filter((id) => active.has(id));
    for (const riskId of issueRisks) sharedIssue.set(riskId, [...(sharedIssue.get(riskId) ?? []), ...issueControls]);
  }
  return { canFail, byEntity, sharedIssue };
}

/**
 * Tests each risk with enough indicator results against its candidate controls: its recorded controls,
 * the active controls of its entity and those sharing an issue with it, each with a failed test.
 */
export function indicatorPairTests(
  dataset: AnalysisDataset,
  riskIds: ReadonlySet<string>,
  series: ReadonlyMap<string, Observation[]>,
  rates: FailureRates,
  options: { minSampleSize: number; windowDays: number; alpha: number },
): PairTestRun {
  const { canFail, byEntity, sharedIssue } = candidateIndex(dataset, riskIds, rates);
  const windowMs = options.windowDays * DAY_MS;
  const run: PairTestRun = { pValues: [], retained: [], risksWithResults: series.size, risksBelowMinSample: 0, pairsWithoutContrast: 0 };
  for (const risk of [...dataset.risks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const observations = series.get(risk.id);
    if (!riskIds.has(risk.id) || !observations) continue;
    if (observations.length < options.minSampleSize) {
      run.risksBelowMinSample++;
      continue;
    }
    const recorded = new Set(risk.controlIds);
    const candidates = new Set([...risk.controlIds.filter(canFail), ...(risk.entityId === null ? [] : (byEntity.get(risk.entityId) ?? [])), ...(sharedIssue.get(risk.id) ?? [])]);
    for (const controlId of [...candidates].sort()) {
      const table = crossTabulate(observations, rates.byControl.get(controlId)?.failureTimes ?? [], windowMs);
      const phi = phiCoefficient(toTwoByTwo(table));
      if (phi === null) {
        run.pairsWithoutContrast++;
        continue;
      }
      const p = fisherExact(toTwoByTwo(table), "greater");
      const index = run.pValues.push(p) - 1;
      // q ≥ p, so a test with p above α can never be reported: keep only its p-value.
      if (p <= options.alpha) {
        run.retained.push({ riskId: risk.id, controlId, recorded: recorded.has(controlId), n: observations.length, phi, p, index, ...table });
      }
    }
  }
  return run;
}
