// The predictive engine's report section: how the model was built and validated, how it compares
// with the simple baseline, what drives it, and every active control's predicted failure.
import type { ReportSection, ReportTable } from "@/lib/analysis/report/types";
import { FEATURE_COUNT, SMOOTHING_WEIGHT } from "./features";
import type { ModelQuality } from "./model";
import { coefficientRows, predictiveFindings, highRisk, HIGH_RISK_PROBABILITY, riskDistribution } from "./predictive-summary";
import type { PredictiveResult } from "./run-predictive";

/** Exports take every row; beyond this the list is cut to the most likely failures. */
const MAX_PREDICTION_ROWS = 100_000;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const fixed = (value: number | null, digits = 3) => (value === null ? "n/a" : value.toFixed(digits));
const pct = (value: number | null) => (value === null ? null : 100 * value);

export function predictiveReport(result: PredictiveResult): ReportSection {
  const model = result.model;
  const quality = model?.metrics ?? null;
  const high = highRisk(result).length;
  const blocks: ReportSection["blocks"] = [];
  if (quality) blocks.push(qualityTable(quality), calibrationTable(quality));
  if (model) blocks.push(coefficientTable(result));
  blocks.push({
    kind: "bar-chart", id: "predicted-risk", title: "Active controls by predicted failure probability",
    bars: riskDistribution(result).map((d) => ({ label: d.bucket, value: d.count })),
  });
  blocks.push(predictionTable(result));
  return {
    title: "Predicted control failures",
    summary: summaryText(result, quality, high),
    keyFigures: [
      { label: "Validation AUC (model)", value: fixed(quality?.auc ?? null) },
      { label: "Validation AUC (baseline)", value: fixed(quality?.baseline.auc ?? null) },
      { label: "Brier score (model)", value: fixed(quality?.brier ?? null, 4) },
      { label: "Expected calibration error", value: fixed(quality?.ece ?? null, 4) },
      { label: `Controls at ${100 * HIGH_RISK_PROBABILITY}% or more`, value: String(high) },
      { label: "Active controls scored", value: String(result.predictions.length) },
    ],
    blocks,
    findings: predictiveFindings(result),
  };
}

function summaryText(result: PredictiveResult, quality: ModelQuality | null, high: number): string {
  const model = result.model;
  const scope = `${result.predictions.length} active controls scored for their next test as of ${day(result.asOf)}; ${high} ${high === 1 ? "has" : "have"} a failure probability of ${100 * HIGH_RISK_PROBABILITY}% or more.`;
  if (!model || !quality) return `${result.note ?? "No model."} ${scope}`;
  const origin = result.trainedNow
    ? `The model was trained in this run on ${model.samples.tests} performed tests (${model.samples.failures} failures).`
    : `The stored model trained on ${day(model.trainedAt)} (${model.samples.tests} tests) scored these controls; it is reused until it is retrained.`;
  const validation = quality.cutAt === null
    ? ""
    : ` It was validated on time: fitted on the ${quality.trainingTests} tests performed before ${day(quality.cutAt)} and checked on the ${quality.validationTests} later ones (the latest ${Math.round(100 * quality.validationShare)}%), then refitted on all tests.`;
  return [
    `A logistic regression over ${FEATURE_COUNT} standardised features (L2 penalty ${model.l2}) estimates the probability that each control fails its next test. Features use only what was known before each test; the past failure rate is smoothed with ${SMOOTHING_WEIGHT} pseudo-tests at the overall failure rate.`,
    origin + validation,
    `On the validation tests the model's AUC is ${fixed(quality.auc)} and its Brier score ${fixed(quality.brier, 4)}, against ${fixed(quality.baseline.auc)} and ${fixed(quality.baseline.brier, 4)} for the baseline (each control's smoothed past failure rate).`,
    result.note ?? "",
    scope,
  ].filter(Boolean).join(" ");
}

function qualityTable(quality: ModelQuality): ReportTable {
  return {
    kind: "table", id: "model-quality", title: "Model versus baseline on the validation tests",
    note: "AUC: chance that a failed test was ranked above a passed one (0.5 = guessing). Brier: mean squared error of the probability (lower is better). ECE: mean gap between predicted and observed failure rates over 10 bins.",
    columns: [
      { key: "predictor", header: "Predictor", type: "text", width: 2 },
      { key: "auc", header: "AUC", type: "number" },
      { key: "brier", header: "Brier score", type: "number" },
      { key: "ece", header: "ECE", type: "number" },
    ],
    rows: [
      { predictor: "Failure model", auc: quality.auc, brier: quality.brier, ece: quality.ece },
      { predictor: "Baseline: smoothed past failure rate", auc: quality.baseline.auc, brier: quality.baseline.brier, ece: quality.baseline.ece },
    ],
  };
}

function calibrationTable(quality: ModelQuality): ReportTable {
  return {
    kind: "table", id: "calibration", title: "Calibration on the validation tests",
    note: "Tests grouped by predicted probability; a well calibrated model's observed failure rate matches its mean prediction in every bin.",
    columns: [
      { key: "bin", header: "Predicted probability", type: "text" },
      { key: "count", header: "Tests", type: "number" },
      { key: "predicted", header: "Mean predicted", type: "percent" },
      { key: "observed", header: "Observed failure rate", type: "percent" },
    ],
    rows: quality.calibration.map((b) => ({
      bin: `${Math.round(100 * b.from)}-${Math.round(100 * b.to)}%`, count: b.count, predicted: pct(b.meanPredicted), observed: pct(b.observedRate),
    })),
  };
}

function coefficientTable(result: PredictiveResult): ReportTable {
  return {
    kind: "table", id: "coefficients", title: "What drives the prediction",
    note: "Coefficients are log-odds per standard deviation of the feature; an odds ratio above 1 raises the chance of failing (per unit: one more open issue, month, test a year...). A control's reasons are coefficient × its standardised deviation from the mean.",
    columns: [
      { key: "feature", header: "Feature", type: "text", width: 2 },
      { key: "definition", header: "How it is measured", type: "text", width: 4 },
      { key: "coefficient", header: "Coefficient", type: "number" },
      { key: "oddsRatio", header: "Odds ratio per SD", type: "number" },
      { key: "perUnit", header: "Odds ratio per unit", type: "number" },
      { key: "mean", header: "Mean", type: "number" },
      { key: "sd", header: "SD", type: "number" },
    ],
    rows: coefficientRows(result).map((c) => ({
      feature: c.label, definition: c.definition, coefficient: c.coefficient, oddsRatio: c.oddsRatioPerSd, perUnit: c.oddsRatioPerUnit, mean: c.mean, sd: c.sd,
    })),
  };
}

function predictionTable(result: PredictiveResult): ReportTable {
  const rows = result.predictions.slice(0, MAX_PREDICTION_ROWS);
  const cut = result.predictions.length > rows.length ? ` Only the ${rows.length} most likely failures are listed.` : "";
  return {
    kind: "table", id: "predictions", title: "Predicted failure of each active control's next test",
    note: `Most likely failures first. Baseline: the control's smoothed past failure rate. Reasons: the three features that move the log-odds most.${cut}`,
    columns: [
      { key: "number", header: "Control", type: "text" },
      { key: "name", header: "Name", type: "text", width: 3 },
      { key: "probability", header: "Failure probability", type: "percent" },
      { key: "baseline", header: "Baseline", type: "percent" },
      { key: "due", header: "Next test due", type: "date" },
      { key: "reasons", header: "Top reasons", type: "text", width: 4 },
    ],
    rows: rows.map((p) => ({
      number: p.number, name: p.name, probability: 100 * p.probability, baseline: 100 * p.baselineProbability,
      due: new Date(p.dueAt), reasons: p.reasons.map((r) => r.text).join("; "),
    })),
  };
}
