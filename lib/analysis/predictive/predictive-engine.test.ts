import { describe, expect, it } from "vitest";
import type { AnalysisDataset } from "@/lib/analysis/dataset/types";
import { generatedAnalysisDataset } from "@/lib/analysis/testing/generated-dataset";
import { sigmoid } from "@/lib/analysis/stats/logistic-regression";
import { FEATURE_COUNT } from "./features";
import type { PredictiveModel } from "./model";
import { predictiveEngine, predictiveOptionsSchema } from "./predictive-engine";
import { HIGH_RISK_PROBABILITY, predictiveFindings } from "./predictive-summary";
import type { PredictiveResult } from "./run-predictive";

const { dataset } = generatedAnalysisDataset({ seed: 11, size: "small" });
const defaults = predictiveOptionsSchema.parse({});
const run = (data: AnalysisDataset, model: PredictiveModel | null, retrain = false): PredictiveResult =>
  predictiveEngine.run(data, { ...defaults, retrain }, { model });
const fresh = run(dataset, null);
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("predictive engine options", () => {
  it("defaults to reusing the model with a fifth of the tests held out, and rejects the unexpected", () => {
    expect(defaults).toEqual({ retrain: false, validationShare: 0.2 });
    expect(predictiveOptionsSchema.safeParse({ validationShare: 0.9 }).success).toBe(false);
    expect(predictiveOptionsSchema.safeParse({ retrain: true, extra: 1 }).success).toBe(false);
  });
});

describe("predictive engine run", () => {
  it("trains a model when none is stored, and returns plain JSON, the same on every run", () => {
    expect(fresh.trainedNow).toBe(true);
    expect(fresh.model).not.toBeNull();
    expect(fresh.model?.featureNames).toHaveLength(FEATURE_COUNT);
    expect(fresh.model?.metrics.trainingTests).toBeGreaterThan(0);
    expect(fresh.model?.metrics.validationTests).toBeGreaterThan(0);
    expect(fresh.model?.trainedAt).toBe(dataset.asOf);
    expect(roundTrip(fresh)).toEqual(fresh);
    expect(JSON.stringify(run(dataset, null))).toBe(JSON.stringify(fresh));
    expect(fresh.predictions).toHaveLength(dataset.controls.filter((c) => c.active).length);
  });

  it("scores with a stored model without training, and retrains only when asked or when it cannot be used", () => {
    const stored = roundTrip(fresh.model) as PredictiveModel;
    const reused = run(dataset, stored);
    expect(reused.trainedNow).toBe(false);
    expect(reused.model).toEqual(stored);
    expect(reused.predictions).toEqual(fresh.predictions);
    expect(run(dataset, stored, true).trainedNow).toBe(true);
    const foreign = run(dataset, { ...stored, featureNames: ["something_else", ...stored.featureNames.slice(1)] });
    expect(foreign.trainedNow).toBe(true);
    expect(foreign.note).toMatch(/different features/);
    // Stored JSON turns NaN into null; a damaged or older model is replaced, never used.
    const damaged = roundTrip({ ...stored, coefficients: [Number.NaN, ...stored.coefficients.slice(1)] });
    expect(run(dataset, damaged).note).toMatch(/incomplete or damaged/);
    const older = { ...stored, format: "logistic-regression/0" } as unknown as PredictiveModel;
    expect(run(dataset, older)).toMatchObject({ trainedNow: true, note: expect.stringMatching(/format logistic-regression\/0/) });
  });

  it("explains each prediction by the three largest contributions, which add up to its log-odds", () => {
    const model = fresh.model as PredictiveModel;
    for (const p of fresh.predictions) {
      const contributions = p.features.map((x, j) => (model.coefficients[j] as number) * ((x - (model.means[j] as number)) / (model.scales[j] as number)));
      // Features are stored to 3 decimals, so the recomputed probability matches to about 3 decimals.
      expect(sigmoid(model.intercept + contributions.reduce((a, b) => a + b, 0))).toBeCloseTo(p.probability, 2);
      const largest = [...contributions].map(Math.abs).sort((a, b) => b - a).slice(0, 3);
      expect(p.reasons.map((r) => Math.abs(r.contribution as number))).toEqual(largest.map((c) => expect.closeTo(c, 2)));
      expect(p.reasons.every((r) => /\([+-]\d+\.\d\d log-odds\)$/.test(r.text))).toBe(true);
    }
    for (let i = 1; i < fresh.predictions.length; i++) {
      expect(fresh.predictions[i]?.probability).toBeLessThanOrEqual(fresh.predictions[i - 1]?.probability as number);
    }
  });

  it("falls back to each control's smoothed failure rate when no model can be trained", () => {
    const allPass = { ...dataset, controlTests: dataset.controlTests.map((t) => (t.outcome === "fail" ? { ...t, outcome: "pass" as const } : t)) };
    const result = run(allPass, null);
    expect(result.model).toBeNull();
    expect(result.trainedNow).toBe(false);
    expect(result.note).toMatch(/passed/);
    // Prior 0 failures with nothing failed: every probability is 0.
    expect(result.predictions.every((p) => p.probability === 0 && p.probability === p.baselineProbability)).toBe(true);
    expect(predictiveEngine.findings(result).at(-1)).toMatchObject({ severity: "info", title: "No failure model" });
    expect(predictiveEngine.keyFigures(result)).toEqual({ highRiskControls: 0, meanProbability: 0 });
    // A stored model is kept when a retrain is impossible.
    const kept = run(allPass, fresh.model, true);
    expect(kept.model).toEqual(fresh.model);
    expect(kept.note).toMatch(/Kept the stored model/);
  });
});

describe("predictive engine outputs", () => {
  const summary = predictiveEngine.summarize(fresh);
  const subjects = predictiveEngine.subjects(fresh);

  it("summarises quality, coefficients, top failures and a tagged distribution that matches the subjects", () => {
    expect(summary.quality).toEqual(fresh.model?.metrics);
    expect(summary.quality?.calibration).toHaveLength(10);
    expect(summary.coefficients.map((c) => c.feature)).toEqual(fresh.model?.featureNames);
    expect(summary.topFailures.length).toBe(Math.min(50, fresh.predictions.length));
    expect(summary.distribution).toHaveLength(10);
    expect(summary.distribution.reduce((n, d) => n + d.count, 0)).toBe(subjects.length);
    for (const d of summary.distribution) expect(subjects.filter((s) => s.tags.includes(d.tag))).toHaveLength(d.count);
    for (const t of summary.topFailures) expect(subjects.find((s) => s.id === t.id)?.tags).toContain(t.tag);
    expect(subjects.every((s) => s.type === "control" && s.higherIsWorse === true && s.value !== null)).toBe(true);
    expect(Object.keys(summary.keyFigures).sort()).toEqual(["auc", "baselineAuc", "brier", "highRiskControls", "meanProbability"]);
  });

  it("flags likely failures and a model that does not beat the baseline", () => {
    const high = fresh.predictions.filter((p) => p.probability >= HIGH_RISK_PROBABILITY);
    const findings = predictiveEngine.findings(fresh);
    expect(findings.filter((f) => f.severity === "high")).toHaveLength(high.length);
    expect(subjects.filter((s) => s.tags.includes("risk:high"))).toHaveLength(high.length);
    const model = fresh.model as PredictiveModel;
    const worse = { ...fresh, model: { ...model, metrics: { ...model.metrics, auc: 0.6, baseline: { ...model.metrics.baseline, auc: 0.7 } } } };
    expect(predictiveFindings(worse).at(-1)).toMatchObject({ severity: "info", title: expect.stringMatching(/no better than/) });
  });

  it("reports the method, both predictors and every active control", () => {
    const report = predictiveEngine.toReport(fresh);
    expect(report.summary).toMatch(/fitted on the \d+ tests performed before \d{4}-\d\d-\d\d and checked on the \d+ later ones/);
    const ids = report.blocks.map((b) => b.id);
    expect(ids).toEqual(["model-quality", "calibration", "coefficients", "predicted-risk", "predictions"]);
    const predictions = report.blocks.find((b) => b.id === "predictions");
    expect(predictions?.kind === "table" && predictions.rows.length).toBe(fresh.predictions.length);
    expect(report.keyFigures.length).toBeGreaterThan(3);
  });
});
