// Engine 4: the probability that each active control fails its next test, from a logistic model
// trained on the organization's own test history. The model is stored by the caller and reused
// until a run is asked to retrain (see PredictiveContext).
import { z } from "zod";
import type { AnalysisEngine } from "@/lib/analysis/engine";
import { predictiveReport } from "./predictive-report";
import {
  predictiveFindings,
  predictiveKeyFigures,
  predictiveSubjects,
  summarizePredictive,
  type PredictiveSummary,
} from "./predictive-summary";
import { runPredictive, type PredictiveContext, type PredictiveOptions, type PredictiveResult } from "./run-predictive";

export type { PredictiveModel } from "./model";
export type { PredictiveContext, PredictiveOptions, PredictiveResult } from "./run-predictive";
export type { PredictiveSummary } from "./predictive-summary";

export const predictiveOptionsSchema = z
  .object({
    retrain: z.boolean().default(false),
    validationShare: z.number().min(0.05).max(0.5).default(0.2),
  })
  .strict();

export const predictiveEngine: AnalysisEngine<PredictiveOptions, PredictiveContext, PredictiveResult, PredictiveSummary> = {
  id: "predictive",
  version: "1.0.0",
  label: "Predicted control failures",
  options: predictiveOptionsSchema,
  run: runPredictive,
  summarize: summarizePredictive,
  keyFigures: predictiveKeyFigures,
  subjects: predictiveSubjects,
  findings: predictiveFindings,
  toReport: predictiveReport,
};
