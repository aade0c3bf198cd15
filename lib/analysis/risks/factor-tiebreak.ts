// Resolves failure-factor mismatches that arithmetic alone cannot: when several active controls of
// the risk's entity (or a pair of them, for two missing links) would each reconcile the factor, the
// risk's indicator results pick between them. A pooled logistic model, fitted on every risk's
// recorded controls, gives the chance that an indicator result fails from the number of failed
// tests of the risk's controls in the window before it. Each hypothesis (the recorded controls plus
// one candidate, or plus a pair) gives the indicator series a likelihood; with equal prior weight on
// every hypothesis that reconciles the factor, the best one is suggested only when its posterior
// share is at least MIN_CONFIDENCE. Deterministic, and bounded: only flagged risks, at most
// MAX_PAIR_POOL controls enter the pair search (≤ 435 pairs per risk).
import type { DsRisk } from "@/lib/analysis/dataset/types";
import type { FailureRates } from "./control-failure-rates";
import type { FactorCandidate, FactorMismatch } from "./failure-factor";
import { DAY_MS, type Observation } from "./indicator-links";

/** A hypothesis is suggested only when its posterior share among the reconciling hypotheses reaches this. */
export const MIN_CONFIDENCE = 0.8;
/** Controls entering the pair search: the best by their own likelihood gain. */
const MAX_PAIR_POOL = 30;
/** Failure counts above this share one bin in the pooled model (they are rare). */
const MAX_K = 8;

export interface LinkModel {
  intercept: number;
  slope: number;
  /** Indicator results the model was fitted on. */
  n: number;
}

export interface TiebreakSuggestion {
  riskId: string;
  mismatch: FactorMismatch;
  /** One control, or two when the factor needs two more. */
  controls: FactorCandidate[];
  /** Reconciling hypotheses weighed (singles or pairs). */
  hypotheses: number;
  /** Posterior share of the chosen hypothesis (equal priors), and its log-likelihood lead over the runner-up. */
  confidence: number;
  margin: number;
  /** Log-likelihood gain of the chosen hypothesis over the recorded controls alone. */
  gain: number;
  observations: number;
  /** Indicator results within the window after a failed test of the suggested control(s), and how many failed. */
  exposed: number;
  exposedBad: number;
  unexposed: number;
  unexposedBad: number;
}

/** For each observation, how many of the (ascending) failure times fall in (at − window, at]. */
export function windowCounts(observations: readonly Observation[], failureTimes: readonly number[], windowMs: number): Int32Array {
  const counts = new Int32Array(observations.length);
  let from = 0;
  let to = 0;
  observations.forEach(({ at }, i) => {
    while (to < failureTimes.length && (failureTimes[to] as number) <= at) to++;
    while (from < to && (failureTimes[from] as number) <= at - windowMs) from++;
    counts[i] = to - from;
  });
  return counts;
}

function mergedFailureTimes(controlIds: readonly string[], rates: FailureRates): number[] {
  const times: number[] = [];
  for (const id of new Set(controlIds)) for (const t of rates.byControl.get(id)?.failureTimes ?? []) times.push(t);
  return times.sort((a, b) => a - b);
}

function logSigmoid(eta: number): number {
  return eta >= 0 ? -Math.log1p(Math.exp(-eta)) : eta - Math.log1p(Math.exp(eta));
}

/** Fits P(bad) = σ(a + b·k) on aggregated counts by k with Newton's method; null without contrast. */
export function fitLinkModel(bins: readonly { n: number; bad: number }[]): LinkModel | null {
  let n = 0;
  let bad = 0;
  for (const bin of bins) {
    n += bin.n;
    bad += bin.bad;
  }
  if (n === 0 || bad === 0 || bad === n) return null;
  let a = Math.log(bad / (n - bad));
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    bins.forEach((bin, k) => {
      if (bin.n === 0) return;
      const p = 1 / (1 + Math.exp(-(a + b * k)));
      const w = bin.n * p * (1 - p);
      ga += bin.bad - bin.n * p;
      gb += k * (bin.bad - bin.n * p);
      haa += w;
      hab += k * w;
      hbb += k * k * w;
    });
    const det = haa * hbb - hab * hab;
    if (!(det > 1e-12)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a += da;
    b += db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  return { intercept: a, slope: b, n };
}

function logLikelihood(model: LinkModel | null, observations: readonly Observation[], ...counts: Int32Array[]): number {
  let ll = 0;
  observations.forEach(({ bad }, i) => {
    let k = 0;
    for (const c of counts) k += c[i] as number;
    if (!model) return 0;
    const eta = model.intercept + model.slope * Math.min(k, MAX_K);
    ll += bad ? logSigmoid(eta) : logSigmoid(-eta);
  });
  return ll;
}

/** The only pair of the pool whose values sum into [low, high], or null when none or several do. O(m log m). */
export function uniquePair(pool: readonly FactorCandidate[], [low, high]: [number, number]): FactorCandidate[] | null {
  const sorted = [...pool].sort((a, b) => a.value - b.value || (a.controlId < b.controlId ? -1 : 1));
  const values = sorted.map((c) => c.value);
  const firstAtLeast = (x: number, from: number) => {
    let lo = from;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let found: FactorCandidate[] | null = null;
  for (let i = 0; i < sorted.length; i++) {
    const v = values[i] as number;
    const from = firstAtLeast(low - v - 1e-12, i + 1);
    const to = firstAtLeast(high - v + 1e-12, i + 1);
    if (to - from === 0) continue;
    if (found || to - from > 1) return null;
    found = [sorted[i]!, sorted[from]!];
  }
  return found;
}

export interface TiebreakInput {
  mismatches: readonly FactorMismatch[];
  risks: ReadonlyMap<string, DsRisk>;
  /** Each active risk's indicator observations, ascending. */
  series: ReadonlyMap<string, Observation[]>;
  rates: FailureRates;
  options: { minSampleSize: number; windowDays: number };
  /** Overrides MIN_CONFIDENCE (for calibration). */
  minConfidence?: number;
}

export interface ExactPair {
  mismatch: FactorMismatch;
  controls: FactorCandidate[];
}

export function breakFactorTies(input: TiebreakInput): { model: LinkModel | null; suggestions: TiebreakSuggestion[]; exactPairs: ExactPair[] } {
  const { mismatches, risks, series, rates, options } = input;
  const windowMs = options.windowDays * DAY_MS;
  // The pooled model, on the recorded controls of every risk with enough indicator results.
  const bins = Array.from({ length: MAX_K + 1 }, () => ({ n: 0, bad: 0 }));
  for (const [riskId, observations] of [...series].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const risk = risks.get(riskId);
    if (!risk || observations.length < options.minSampleSize) continue;
    const counts = windowCounts(observations, mergedFailureTimes(risk.controlIds, rates), windowMs);
    observations.forEach(({ bad }, i) => {
      const bin = bins[Math.min(counts[i] as number, MAX_K)]!;
      bin.n++;
      if (bad) bin.bad++;
    });
  }
  const model = fitLinkModel(bins);
  const suggestions: TiebreakSuggestion[] = [];
  const exactPairs: ExactPair[] = [];
  // Without a positive link between control failures and indicator failures there is nothing to weigh.
  const weighable = model !== null && model.slope > 0;

  for (const mismatch of mismatches) {
    // A single reconciling control is the exact rule's case; it is not second-guessed here.
    if (mismatch.candidateCount === 1) continue;
    const risk = risks.get(mismatch.riskId);
    const observations = series.get(mismatch.riskId);
    if (mismatch.candidateCount === 0) {
      const pair = uniquePair(mismatch.pairPool, mismatch.pairRange);
      if (pair) {
        exactPairs.push({ mismatch, controls: pair });
        continue;
      }
    }
    if (!weighable || !risk || !observations || observations.length < options.minSampleSize) continue;
    const recordedCounts = windowCounts(observations, mergedFailureTimes(risk.controlIds, rates), windowMs);
    const base = logLikelihood(model, observations, recordedCounts);
    const countsOf = new Map<string, Int32Array>();
    const counts = (id: string) => {
      let c = countsOf.get(id);
      if (!c) countsOf.set(id, (c = windowCounts(observations, rates.byControl.get(id)?.failureTimes ?? [], windowMs)));
      return c;
    };
    let hypotheses: { controls: FactorCandidate[]; ll: number }[];
    if (mismatch.candidateCount > 1) {
      hypotheses = mismatch.allCandidates.map((c) => ({ controls: [c], ll: logLikelihood(model, observations, recordedCounts, counts(c.controlId)) }));
    } else {
      // No single control reconciles the factor: two missing ones might.
      const pool = mismatch.pairPool
        .map((c) => ({ c, ll: logLikelihood(model, observations, recordedCounts, counts(c.controlId)) }))
        .sort((x, y) => y.ll - x.ll || (x.c.controlId < y.c.controlId ? -1 : 1))
        .slice(0, MAX_PAIR_POOL)
        .map((x) => x.c)
        .sort((x, y) => (x.controlId < y.controlId ? -1 : 1));
      hypotheses = [];
      const [low, high] = mismatch.pairRange;
      for (let i = 0; i < pool.length; i++) {
        for (let j = i + 1; j < pool.length; j++) {
          const a = pool[i]!;
          const b = pool[j]!;
          const sum = a.value + b.value;
          if (sum < low || sum > high) continue;
          hypotheses.push({ controls: [a, b], ll: logLikelihood(model, observations, recordedCounts, counts(a.controlId), counts(b.controlId)) });
        }
      }
    }
    if (hypotheses.length < 2) continue;
    hypotheses.sort((x, y) => y.ll - x.ll || (x.controls[0]!.controlId < y.controls[0]!.controlId ? -1 : 1));
    const best = hypotheses[0]!;
    let total = 0;
    for (const h of hypotheses) total += Math.exp(h.ll - best.ll);
    const confidence = 1 / total;
    if (confidence < (input.minConfidence ?? MIN_CONFIDENCE) || best.ll <= base) continue;
    if (best.controls.some((c) => c.tests < options.minSampleSize)) continue;
    const exposure = best.controls.length === 1 ? counts(best.controls[0]!.controlId) : counts(best.controls[0]!.controlId).map((v, i) => v + (counts(best.controls[1]!.controlId)[i] as number));
    const table = { exposed: 0, exposedBad: 0, unexposed: 0, unexposedBad: 0 };
    observations.forEach(({ bad }, i) => {
      if ((exposure[i] as number) > 0) {
        table.exposed++;
        if (bad) table.exposedBad++;
      } else {
        table.unexposed++;
        if (bad) table.unexposedBad++;
      }
    });
    suggestions.push({
      riskId: mismatch.riskId, mismatch, controls: best.controls, hypotheses: hypotheses.length, confidence,
      margin: best.ll - hypotheses[1]!.ll, gain: best.ll - base, observations: observations.length, ...table,
    });
  }
  return { model, suggestions, exactPairs };
}
