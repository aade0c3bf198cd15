// The stored failure model: what it is (plain JSON the lead keeps in the database and passes back)
// and how it is trained: a time-based split (train on the earlier tests, validate on the later ones),
// then a refit on every test.
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
  /** The validation tests (rows of history.performed), scored by the training-only model and by the baseline. */
  validation: { rows: Uint32Array; labels: Uint8Array; predicted: Float64Array; baseline: Float64Array };
}

/** Why no model can be trained on this history, or null when one can. */
export function untrainableReason(history: TestHistory): string | null {
  const { count, failed } = history.performed;
  const failures = countFailures(failed);
  if (count < MIN_TRAINING_TESTS) return `only ${count} performed tests (at least ${MIN_TRAINING_TESTS} are needed)`;
  if (failures === 0 || failures === count) return `all ${count} performed tests ${failures === 0 ? "passed" : "failed"}`;
  return null;
}

/** Trains on the earlier tests, validates on the later ones, then refits on all tests. Call only when untrainableReason is null. */
export function trainModel(
  history: TestHistory,
  input: { validationShare: number; asOf: number; syncRunId: string },
): TrainedModel {
  const { performed } = history;
  const n = performed.count;
  const times = performed.performedAt.slice().sort();
  const cutAt = times[Math.min(n - 1, Math.floor(n * (1 - input.validationShare)))] as number;
  // Tests at the cut instant all go to validation, so no instant is split between the two sets.
  const trainRows = new Uint32Array(firstIndexAtOrAfter(times, cutAt));
  const validationRows = new Uint32Array(n - trainRows.length);
  for (let i = 0, t = 0, v = 0; i < n; i++) {
    if ((performed.performedAt[i] as number) < cutAt) trainRows[t++] = i;
    else validationRows[v++] = i;
  }
  const trainLabels = gather(performed.failed, trainRows, 1, new Uint8Array(trainRows.length));
  const labels = gather(performed.failed, validationRows, 1, new Uint8Array(validationRows.length));
  const trainFailures = countFailures(trainLabels);
  let metrics = emptyQuality(trainRows.length, labels, cutAt, input.validationShare);
  let validation: TrainedModel["validation"] = { rows: validationRows, labels, predicted: new Float64Array(0), baseline: new Float64Array(0) };
  if (trainFailures > 0 && trainFailures < trainRows.length) {
    fillPastFailureRate(history, { priorRate: trainFailures / trainRows.length, weight: SMOOTHING_WEIGHT });
    const fit = fitLogisticRegression(gather(performed.x, trainRows, FEATURE_COUNT, new Float64Array(trainRows.length * FEATURE_COUNT)), trainLabels, FEATURE_COUNT, FIT_OPTIONS);
    const validationX = gather(performed.x, validationRows, FEATURE_COUNT, new Float64Array(validationRows.length * FEATURE_COUNT));
    const predicted = predictLogistic(fit, validationX);
    const baseline = new Float64Array(validationRows.length);
    for (let i = 0; i < baseline.length; i++) baseline[i] = validationX[i * FEATURE_COUNT] as number;
    metrics = measureQuality(metrics, predicted, baseline, labels);
    validation = { rows: validationRows, labels, predicted, baseline };
  }
  const failures = countFailures(performed.failed);
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

/** Copies the given rows (each `width` values wide) of `source` into `out`, contiguously. */
function gather<T extends Float64Array | Uint8Array>(source: T, rows: Uint32Array, width: number, out: T): T {
  for (let r = 0; r < rows.length; r++) {
    const from = (rows[r] as number) * width;
    for (let j = 0; j < width; j++) out[r * width + j] = source[from + j] as number;
  }
  return out;
}

function emptyQuality(trainingTests: number, labels: Uint8Array, cutAt: number, validationShare: number): ModelQuality {
  return {
    auc: null, brier: null, ece: null, baseline: { auc: null, brier: null, ece: null },
    calibration: calibrationTable([], []).bins,
    trainingTests, validationTests: labels.length, validationFailures: countFailures(labels), cutAt, validationShare,
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

function countFailures(failed: Uint8Array): number {
  let failures = 0;
  for (let i = 0; i < failed.length; i++) failures += failed[i] as number;
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
