// One run of the predictive engine: reuse the stored model unless told to retrain (or it cannot
// score these features), otherwise train, validate and refit; then score every active control.
import type { AnalysisDataset, DsControl } from "@/lib/analysis/dataset/types";
import { SMOOTHING_WEIGHT, smoothedRate } from "./features";
import { trainModel, untrainableReason, type PredictiveModel } from "./model";
import { incompatibilityReason } from "./stored-model";
import { predictWithModel, predictWithoutModel, type ControlPrediction } from "./predict-controls";
import { buildTestHistory } from "./test-history";

export interface PredictiveOptions {
  /** Train a new model even when a stored one is given. */
  retrain: boolean;
  /** Share of the performed tests, the latest ones, held out to validate a model trained in this run. */
  validationShare: number;
}

export interface PredictiveContext {
  /** The model stored by an earlier run, or null. */
  model: PredictiveModel | null;
}

export interface PredictiveResult {
  asOf: number;
  syncRunId: string;
  /** True when this run trained the model in `model`; false when it scored with the stored one. */
  trainedNow: boolean;
  /** The model that scored the controls, or null when none could be trained. */
  model: PredictiveModel | null;
  /** Why the stored model was not used, or why no model could be trained; null when neither happened. */
  note: string | null;
  performedTests: number;
  /** Every active control, most likely to fail first. */
  predictions: ControlPrediction[];
}

export function runPredictive(dataset: AnalysisDataset, options: PredictiveOptions, context: PredictiveContext): PredictiveResult {
  const history = buildTestHistory(dataset);
  const stored = context.model;
  const storedProblem = stored ? incompatibilityReason(stored) : null;
  let model: PredictiveModel | null = null;
  let trainedNow = false;
  let note: string | null = null;
  if (stored && storedProblem === null && !options.retrain) {
    model = stored;
  } else {
    const untrainable = untrainableReason(history);
    if (untrainable === null) {
      model = trainModel(history, { validationShare: options.validationShare, asOf: dataset.asOf, syncRunId: dataset.syncRunId }).model;
      trainedNow = true;
      if (stored && storedProblem !== null) note = `Trained a new model because ${storedProblem}.`;
    } else if (stored && storedProblem === null) {
      model = stored;
      note = `Kept the stored model: a new one cannot be trained with ${untrainable}.`;
    } else {
      note = `No model: cannot train one with ${untrainable}. Each probability is the control's smoothed past failure rate.`;
    }
  }
  const controls = new Map<string, DsControl>(dataset.controls.map((c) => [c.id, c]));
  const failures = history.performed.failed.reduce((sum, f) => sum + f, 0);
  const smoothing = model?.smoothing ?? {
    priorRate: history.performed.count === 0 ? 0 : failures / history.performed.count,
    weight: SMOOTHING_WEIGHT,
  };
  // Upcoming rows take column 0 from the model's own prior, whichever model scores them.
  for (const next of history.upcoming) next.features[0] = smoothedRate(next.pastFailures, next.pastTests, smoothing);
  const predictions = history.upcoming.map((next) => {
    const control = controls.get(next.controlId) as DsControl;
    return model ? predictWithModel(model, next, control) : predictWithoutModel(smoothing, next, control);
  });
  predictions.sort((a, b) => b.probability - a.probability || (a.number < b.number ? -1 : a.number > b.number ? 1 : 0) || (a.controlId < b.controlId ? -1 : 1));
  return { asOf: dataset.asOf, syncRunId: dataset.syncRunId, trainedNow, model, note, performedTests: history.performed.count, predictions };
}
