// What the insights page draws from a predictive result: model quality beside the baseline,
// coefficients, the controls most likely to fail, and the spread of probabilities, each chart
// element tagged like the subjects behind it.
import type { InsightSubject } from "@/lib/analysis/engine";
import type { ReportFinding } from "@/lib/analysis/report/types";
import { toRawScale } from "@/lib/analysis/stats/logistic-regression";
import { FEATURE_DEFINITIONS, FEATURE_LABELS, FEATURE_NAMES } from "./features";
import type { ModelQuality } from "./model";
import { decileBucket, explainPrediction, riskDecile, type ControlPrediction } from "./predict-controls";
import type { PredictiveResult } from "./run-predictive";

/** A control whose next test fails with at least this probability is a high-risk finding. */
export const HIGH_RISK_PROBABILITY = 0.5;
const TOP_FAILURES = 50;
/** Individual high-risk findings; beyond this one finding counts the rest. */
const MAX_CONTROL_FINDINGS = 200;

export interface CoefficientRow {
  feature: string;
  label: string;
  definition: string;
  /** Log-odds per standard deviation of the feature. */
  coefficient: number;
  /** exp(coefficient): how the odds of failing multiply per standard deviation. */
  oddsRatioPerSd: number;
  /** How the odds multiply per unit of the feature (one more open issue, one more month…). */
  oddsRatioPerUnit: number;
  mean: number;
  sd: number;
}

export interface PredictiveSummary {
  asOf: number;
  trainedNow: boolean;
  note: string | null;
  model: { trainedAt: number; trainedOnSyncRunId: string; tests: number; failures: number; iterations: number; converged: boolean } | null;
  quality: ModelQuality | null;
  coefficients: CoefficientRow[];
  topFailures: { id: string; number: string; name: string; probability: number; baselineProbability: number; dueAt: number; reasons: string[]; tag: string }[];
  distribution: { bucket: string; tag: string; count: number }[];
  keyFigures: Record<string, number>;
}

export const riskTag = (bucket: string) => `risk:${bucket}`;
export const HIGH_RISK_TAG = "risk:high";

export function coefficientRows(result: PredictiveResult): CoefficientRow[] {
  const model = result.model;
  if (!model) return [];
  const raw = toRawScale(model);
  return FEATURE_NAMES.map((feature, j) => ({
    feature,
    label: FEATURE_LABELS[feature],
    definition: FEATURE_DEFINITIONS[feature],
    coefficient: model.coefficients[j] as number,
    oddsRatioPerSd: Math.exp(model.coefficients[j] as number),
    oddsRatioPerUnit: Math.exp(raw.coefficients[j] as number),
    mean: model.means[j] as number,
    sd: model.scales[j] as number,
  }));
}

export function riskDistribution(result: PredictiveResult): PredictiveSummary["distribution"] {
  const counts = new Array<number>(10).fill(0);
  for (const p of result.predictions) {
    const decile = riskDecile(p.probability);
    counts[decile] = (counts[decile] as number) + 1;
  }
  return counts.map((count, decile) => {
    const bucket = decileBucket(decile);
    return { bucket: `${bucket}%`, tag: riskTag(bucket), count };
  });
}

export function highRisk(result: PredictiveResult): ControlPrediction[] {
  return result.predictions.filter((p) => p.probability >= HIGH_RISK_PROBABILITY);
}

export function predictiveKeyFigures(result: PredictiveResult): Record<string, number> {
  const figures: Record<string, number> = {};
  const quality = result.model?.metrics;
  if (quality?.auc != null) figures.auc = quality.auc;
  if (quality?.brier != null) figures.brier = quality.brier;
  if (quality?.baseline.auc != null) figures.baselineAuc = quality.baseline.auc;
  figures.highRiskControls = highRisk(result).length;
  const n = result.predictions.length;
  if (n > 0) figures.meanProbability = result.predictions.reduce((sum, p) => sum + p.probability, 0) / n;
  return figures;
}

export function summarizePredictive(result: PredictiveResult): PredictiveSummary {
  const model = result.model;
  return {
    asOf: result.asOf,
    trainedNow: result.trainedNow,
    note: result.note,
    model: model && {
      trainedAt: model.trainedAt, trainedOnSyncRunId: model.trainedOnSyncRunId, tests: model.samples.tests,
      failures: model.samples.failures, iterations: model.iterations, converged: model.converged,
    },
    quality: model?.metrics ?? null,
    coefficients: coefficientRows(result),
    topFailures: result.predictions.slice(0, TOP_FAILURES).map((p) => ({
      id: p.controlId, number: p.number, name: p.name, probability: p.probability, baselineProbability: p.baselineProbability,
      dueAt: p.dueAt, reasons: p.reasons.map((r) => r.text), tag: riskTag(p.bucket),
    })),
    distribution: riskDistribution(result),
    keyFigures: predictiveKeyFigures(result),
  };
}

export function predictiveSubjects(result: PredictiveResult): InsightSubject[] {
  return result.predictions.map((p) => {
    const high = p.probability >= HIGH_RISK_PROBABILITY;
    return {
      id: p.controlId,
      label: `${p.number} ${p.name}`,
      type: "control",
      value: p.probability,
      higherIsWorse: true,
      status: high ? "likely_to_fail" : "unlikely_to_fail",
      tags: high ? [riskTag(p.bucket), HIGH_RISK_TAG] : [riskTag(p.bucket)],
    };
  });
}

const percent = (value: number) => `${(100 * value).toFixed(0)}%`;

export function predictiveFindings(result: PredictiveResult): ReportFinding[] {
  const findings: ReportFinding[] = [];
  const high = highRisk(result);
  for (const p of high.slice(0, MAX_CONTROL_FINDINGS)) {
    findings.push({
      severity: "high",
      title: `${p.number} ${p.name} is likely to fail its next test (${percent(p.probability)})`,
      detail: `${explainPrediction(p)} Controls at ${percent(HIGH_RISK_PROBABILITY)} or more are flagged.`,
      subjectId: p.controlId,
    });
  }
  if (high.length > MAX_CONTROL_FINDINGS) {
    findings.push({
      severity: "high",
      title: `${high.length - MAX_CONTROL_FINDINGS} more controls are likely to fail their next test`,
      detail: `${high.length} controls in all have a predicted failure probability of ${percent(HIGH_RISK_PROBABILITY)} or more; the ${MAX_CONTROL_FINDINGS} most likely are listed individually.`,
    });
  }
  const quality = result.model?.metrics;
  if (quality && quality.auc !== null && quality.baseline.auc !== null && quality.auc <= quality.baseline.auc) {
    findings.push({
      severity: "info",
      title: "The failure model ranks controls no better than their own failure history",
      detail: `On the ${quality.validationTests} most recent tests the model's AUC is ${quality.auc.toFixed(3)} against ${quality.baseline.auc.toFixed(3)} for each control's smoothed past failure rate; treat its extra factors with caution.`,
    });
  }
  if (result.note) findings.push({ severity: "info", title: result.model ? "About the failure model" : "No failure model", detail: result.note });
  return findings;
}
