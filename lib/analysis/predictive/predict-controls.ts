// Scores each active control's next test and explains it: the three features that move its
// log-odds furthest from the average control's (coefficient × standardised deviation from the mean).
import type { DsControl } from "@/lib/analysis/dataset/types";
import { sigmoid } from "@/lib/analysis/stats/logistic-regression";
import { FEATURE_NAMES, describeFeature, smoothedRate, type FeatureName, type Smoothing } from "./features";
import type { PredictiveModel } from "./model";
import type { UpcomingTest } from "./test-history";

export interface PredictionReason {
  feature: FeatureName;
  /** Log-odds this feature adds versus a control at the training mean; null without a model. */
  contribution: number | null;
  /** "3 open issues (+0.90 log-odds)". */
  text: string;
}

export interface ControlPrediction {
  controlId: string;
  number: string;
  name: string;
  /** The open test predicted, or null when the next test is not created yet. */
  testId: string | null;
  /** When the predicted test is due (epoch ms). */
  dueAt: number;
  /** Probability that the next test fails, rounded to 4 decimals. */
  probability: number;
  /** The baseline's prediction: the control's smoothed past failure rate. */
  baselineProbability: number;
  /** Probability bucket, e.g. "20-30" (percent). */
  bucket: string;
  /** Raw feature values in FEATURE_NAMES order. */
  features: number[];
  pastTests: number;
  pastFailures: number;
  /** The three largest contributions by size, largest first. */
  reasons: PredictionReason[];
}

const REASON_COUNT = 3;

/** 0 for [0, 10 %), … 9 for [90 %, 100 %]. */
export function riskDecile(probability: number): number {
  return Math.min(9, Math.max(0, Math.floor(probability * 10)));
}

export function decileBucket(decile: number): string {
  return `${decile * 10}-${decile * 10 + 10}`;
}

export function predictWithModel(model: PredictiveModel, next: UpcomingTest, control: DsControl): ControlPrediction {
  const { features } = next;
  const contributions: number[] = [];
  let eta = model.intercept;
  for (let j = 0; j < features.length; j++) {
    const c = (model.coefficients[j] as number) * (((features[j] as number) - (model.means[j] as number)) / (model.scales[j] as number));
    contributions.push(c);
    eta += c;
  }
  const reasons: PredictionReason[] = largestByMagnitude(contributions, REASON_COUNT).map((j) => {
    const feature = FEATURE_NAMES[j] as FeatureName;
    const contribution = contributions[j] as number;
    return {
      feature,
      contribution: round(contribution, 2),
      text: `${describeFeature(feature, features[j] as number, history(next))} (${signed(contribution)} log-odds)`,
    };
  });
  return prediction(next, control, sigmoid(eta), smoothedRate(next.pastFailures, next.pastTests, model.smoothing), reasons);
}

/** Indices of the `count` values largest in absolute value, largest first (ties: lower index first). */
function largestByMagnitude(values: number[], count: number): number[] {
  const picked: number[] = [];
  for (let j = 0; j < values.length; j++) {
    let k = picked.length;
    while (k > 0 && Math.abs(values[j] as number) > Math.abs(values[picked[k - 1] as number] as number)) k--;
    if (k < count) {
      picked.splice(k, 0, j);
      if (picked.length > count) picked.pop();
    }
  }
  return picked;
}

/** Without a model, the prediction is the control's smoothed failure rate (the baseline). */
export function predictWithoutModel(smoothing: Smoothing, next: UpcomingTest, control: DsControl): ControlPrediction {
  const rate = smoothedRate(next.pastFailures, next.pastTests, smoothing);
  const reasons = [{
    feature: "past_failure_rate" as const,
    contribution: null,
    text: `${describeFeature("past_failure_rate", rate, history(next))} (no model: probability is the smoothed failure rate)`,
  }];
  return prediction(next, control, rate, rate, reasons);
}

function prediction(
  next: UpcomingTest, control: DsControl, probability: number, baseline: number, reasons: PredictionReason[],
): ControlPrediction {
  // Bucket, findings and charts all read the stored (rounded) probability, so they always agree.
  const rounded = round(probability, 4);
  return {
    controlId: control.id,
    number: control.number,
    name: control.name,
    testId: next.testId,
    dueAt: next.at,
    probability: rounded,
    baselineProbability: round(baseline, 4),
    bucket: decileBucket(riskDecile(rounded)),
    features: next.features.map((value) => round(value, 3)),
    pastTests: next.pastTests,
    pastFailures: next.pastFailures,
    reasons,
  };
}

/** One sentence for a GRC lead: the probability, when the test is due and why. */
export function explainPrediction(p: ControlPrediction): string {
  const due = new Date(p.dueAt).toISOString().slice(0, 10);
  return `${(100 * p.probability).toFixed(0)}% chance of failing its next test (due ${due}): ${p.reasons.map((r) => r.text).join("; ")}.`;
}

function history(next: UpcomingTest) {
  return { failures: next.pastFailures, tests: next.pastTests };
}

function signed(value: number): string {
  return `${value >= 0 ? "+" : "-"}${Math.abs(value).toFixed(2)}`;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
