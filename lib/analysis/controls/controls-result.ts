// What the controls engine stores: every control's assessment and the full roll-up tables.
import type { AnalysisDataset } from "@/lib/analysis/dataset/types";
import { assessControls, type ControlAssessment } from "./assess-controls";
import { buildRollups, rollupLabels, type Rollups } from "./control-rollups";
import type { ControlsOptions } from "./controls-options";

export interface ControlsResult {
  asOf: number;
  options: ControlsOptions;
  /** One per control in dataset order, exempt and retired ones included (inScope false). */
  controls: ControlAssessment[];
  /** Every group per dimension, worst first. */
  rollups: Rollups;
}

export function runControls(dataset: AnalysisDataset, options: ControlsOptions): ControlsResult {
  const controls = assessControls(dataset, options);
  return { asOf: dataset.asOf, options, controls, rollups: buildRollups(controls, rollupLabels(dataset)) };
}

/** Least effective first: lowest score, then lowest upper bound (firmest evidence), then number. */
export function compareIneffectiveness(a: ControlAssessment, b: ControlAssessment): number {
  return (
    (a.score ?? Infinity) - (b.score ?? Infinity) ||
    (a.upper ?? Infinity) - (b.upper ?? Infinity) ||
    (a.number < b.number ? -1 : a.number > b.number ? 1 : 0) ||
    (a.controlId < b.controlId ? -1 : a.controlId > b.controlId ? 1 : 0)
  );
}

/** In-scope tested controls, least effective first. */
export function rankByIneffectiveness(controls: ControlAssessment[]): ControlAssessment[] {
  return controls.filter((c) => c.inScope && c.score !== null).sort(compareIneffectiveness);
}

/** "40-50" for a score of 43; 100 falls in "90-100". */
export function scoreBucket(score: number): string {
  const from = Math.min(9, Math.floor(score / 10)) * 10;
  return `${from}-${from + 10}`;
}
