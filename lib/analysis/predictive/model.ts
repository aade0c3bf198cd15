// The stored failure model: what it is (plain JSON the lead keeps in the database and passes back),
// how it is trained (time-based split: train on the earlier tests, validate on the later ones, then
// refit on everything), and how it scores a feature row.
import { auc } from "@/lib/analysis/stats/auc";
import { brierScore, calibrationTable, type CalibrationBin } from "@/lib/analysis/stats/calibration";
import {
  DEFAULT_LOGISTIC_OPTIONS,
  fitLogisticRegression,
  predictLogistic,
  type LogisticModel,
} from "@/lib/analysis/stats/logistic-regression";
import { FEATURE_COUNT, FEATURE_NAMES, SMOOTHING_WEIGHT, type Smoothing } from "./features";
import { fillPastFailureRate, type TestHistory } from "./test-history";

export const MODEL_FORMAT = "logistic-regression/1";
/** Fewer performed tests than this (or no failure, or no pass) and no model is trained. */
export const MIN_TRAINING_TESTS = 20;
/** Newton iterations are capped: each is one pass over the tests, and 25 is far more than convergence needs. */
const FIT_OPTIONS = DEFAULT_LOGISTIC_OPTIONS;

export interface ModelQuality {
  /** On the validation tests, of the model trained on the earlier tests only. Null when undefined (one class). */
  auc: number | null;
  brier: number | null;
  /** Expected calibration error over the 10 bins. */
  ece: number | null;
  /** The same measures for the control's own smoothed past failure rate used as the prediction. */
  baseline: { auc: number | null; brier: number | null; ece: number | null };
  calibration: CalibrationBin[];
  trainingTests: number;
  validationTests: number;
  validationFailures: number;
  /** Tests performed before this instant trained the model, the rest validated it. */
  cutAt: number | null;
  validationShare: number;
}

export interface PredictiveModel extends LogisticModel {
  format: typeof MODEL_FORMAT;
  featureNames: string[];
  l2: number;
  /** Prior of the past-failure-rate feature: the failure rate of the tests the model was fitted on. */
  smoothing: Smoothing;
  /** The dataset's asOf when the model was trained (epoch ms). */
  trainedAt: number;
  trainedOnSyncRunId: string;
  /** The final fit, on every performed test. */
  samples: { tests: number; failures: number };
  iterations: number;
  converged: boolean;
  metrics: ModelQuality;
}

export interface TrainedModel {
  model: PredictiveModel;
  /** Rows validation.start… of history.performed, scored by the training-only model and the baseline. */
  validation: { start: number; predicted: Float64Array; baseline: Float64Array };
}

/** Why no model can be trained on this history, or null when one can. */
export function untrainableReason(history: TestHistory): string | null {
  const { count, failed } = history.performed;
  const failures = countFailures(failed, 0, count);
  if (count < MIN_TRAINING_TESTS) return `only ${count} performed tests (at least ${MIN_TRAINING_TESTS} are needed)`;
  if (failures === 0 || failures === count) return `all ${count} performed tests ${failures === 0 ? "passed" : "failed"}`;
  return null;
}

/** The reason a stored model cannot score this engine's features, or null when it can. */
export function incompatibilityReason(model: PredictiveModel): string | null {
  if (model.format !== MODEL_FORMAT) return `the stored model has format ${String(model.format)}, not ${MODEL_FORMAT}`;
  const names = model.featureNames ?? [];
  if (names.length !== FEATURE_COUNT || names.some((name, j) => name !== FEATURE_NAMES[j])) {
    return "the stored model uses different features";
  }
  const numbers = [...model.means, ...model.scales, ...model.coefficients, model.intercept, model.smoothing.priorRate];
  if (model.means.length !== FEATURE_COUNT || model.scales.length !== FEATURE_COUNT || model.coefficients.length !== FEATURE_COUNT
    || numbers.some((n) => typeof n !== "number" || !Number.isFinite(n))) {
    return "the stored model is incomplete";
  }
  return null;
}

/** Trains on the earlier tests, validates on the later ones, then refits on all tests. Call only when untrainableReason is null. */
export function trainModel(
  history: TestHistory,
  input: { validationShare: number; asOf: number; syncRunId: string },
): TrainedModel {
  const { performed } = history;
  const n = performed.count;
  const cutIndex = Math.min(n - 1, Math.floor(n * (1 - input.validationShare)));
  const cutAt = performed.performedAt[cutIndex] as number;
  // Tests at the cut instant all go to validation, so no instant is split between the two sets.
  const trainCount = firstIndexAtOrAfter(performed.performedAt, cutAt);
  const trainFailures = countFailures(performed.failed, 0, trainCount);
  const validationLabels = performed.failed.subarray(trainCount);
  let metrics = emptyQuality(trainCount, n - trainCount, validationLabels, cutAt, input.validationShare);
  let validation: TrainedModel["validation"] = { start: trainCount, predicted: new Float64Array(0), baseline: new Float64Array(0) };
  if (trainFailures > 0 && trainFailures < trainCount) {
    const smoothing = { priorRate: trainFailures / trainCount, weight: SMOOTHING_WEIGHT };
    fillPastFailureRate(history, smoothing);
    const fit = fitLogisticRegression(performed.x.subarray(0, trainCount * FEATURE_COUNT), performed.failed.subarray(0, trainCount), FEATURE_COUNT, FIT_OPTIONS);
    const predicted = predictLogistic(fit, performed.x.subarray(trainCount * FEATURE_COUNT));
    const baseline = new Float64Array(n - trainCount);
    for (let i = trainCount; i < n; i++) baseline[i - trainCount] = performed.x[i * FEATURE_COUNT] as number;
    metrics = measureQuality(metrics, predicted, baseline, validationLabels);
    validation = { start: trainCount, predicted, baseline };
  }
  const failures = countFailures(performed.failed, 0, n);
  const smoothing = { priorRate: failures / n, weight: SMOOTHING_WEIGHT };
  fillPastFailureRate(history, smoothing);
  const fit = fitLogisticRegression(performed.x, performed.failed, FEATURE_COUNT, FIT_OPTIONS);
  const model: PredictiveModel = {
    format: MODEL_FORMAT,
    featureNames: [...FEATURE_NAMES],
    means: fit.means,
    scales: fit.scales,
    coefficients: fit.coefficients,
    intercept: fit.intercept,
    l2: FIT_OPTIONS.l2,
    smoothing,
    trainedAt: input.asOf,
    trainedOnSyncRunId: input.syncRunId,
    samples: { tests: n, failures },
    iterations: fit.iterations,
    converged: fit.converged,
    metrics,
  };
  return { model, validation };
}

function emptyQuality(trainingTests: number, validationTests: number, labels: Uint8Array, cutAt: number, validationShare: number): ModelQuality {
  return {
    auc: null, brier: null, ece: null, baseline: { auc: null, brier: null, ece: null },
    calibration: calibrationTable([], []).bins,
    trainingTests, validationTests, validationFailures: countFailures(labels, 0, labels.length), cutAt, validationShare,
  };
}

function measureQuality(base: ModelQuality, predicted: Float64Array, baseline: Float64Array, labels: Uint8Array): ModelQuality {
  const calibration = calibrationTable(predicted, labels);
  return {
    ...base,
    auc: auc(predicted, labels),
    brier: brierScore(predicted, labels),
    ece: calibration.ece,
    baseline: { auc: auc(baseline, labels), brier: brierScore(baseline, labels), ece: calibrationTable(baseline, labels).ece },
    calibration: calibration.bins,
  };
}

function countFailures(failed: Uint8Array, from: number, to: number): number {
  let failures = 0;
  for (let i = from; i < to; i++) failures += failed[i] as number;
  return failures;
}

function firstIndexAtOrAfter(sorted: Float64Array, t: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) < t) low = mid + 1;
    else high = mid;
  }
  return low;
}
