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
