// The control effectiveness engine: scores, classes and roll-ups of every control (see
// assess-controls.ts for the formula and controls-options.ts for the rules).
import type { AnalysisEngine, InsightSubject } from "@/lib/analysis/engine";
import { rollupKeys, ROLLUP_DIMENSIONS } from "./control-rollups";
import { controlsFindings } from "./controls-findings";
import { controlsOptionsSchema, type ControlsOptions } from "./controls-options";
import { controlsReport } from "./controls-report";
import { runControls, scoreBucket, type ControlsResult } from "./controls-result";
import { classCounts, summarizeControls, type ControlsSummary } from "./controls-summary";

/** The controls engine needs nothing stored beyond the dataset. */
export type ControlsContext = Record<string, never>;

function subjects(result: ControlsResult): InsightSubject[] {
  return result.controls.map((c) => {
    const tags: string[] = [];
    if (!c.inScope) tags.push("excluded");
    else {
      tags.push(`class:${c.class}`);
      if (c.score !== null) tags.push(`score:${scoreBucket(c.score)}`);
      if (c.overdue) tags.push("overdue");
      if (c.keyControl) tags.push("key");
      for (const dimension of ROLLUP_DIMENSIONS) for (const key of rollupKeys(c, dimension)) tags.push(`${dimension}:${key}`);
    }
    return { id: c.controlId, label: `${c.number} ${c.name}`.trim(), type: "control", value: c.score, status: c.class, tags };
  });
}

function keyFigures(result: ControlsResult): Record<string, number> {
  const counts = classCounts(result.controls);
  let sum = 0;
  let scored = 0;
  let overdue = 0;
  let controls = 0;
  for (const c of result.controls) {
    if (!c.inScope) continue;
    controls++;
    if (c.overdue) overdue++;
    if (c.score !== null) {
      sum += c.score;
      scored++;
    }
  }
  return {
    // 0 when nothing is tested: key figures must be finite numbers.
    meanScore: scored === 0 ? 0 : Math.round((10 * sum) / scored) / 10,
    effective: counts.effective,
    needsImprovement: counts.needs_improvement,
    ineffective: counts.ineffective,
    untested: counts.untested,
    overdue,
    controls,
    excluded: result.controls.length - controls,
  };
}

export const controlsEngine: AnalysisEngine<ControlsOptions, ControlsContext, ControlsResult, ControlsSummary> = {
  id: "controls",
  version: "1.0.0",
  label: "Control effectiveness",
  options: controlsOptionsSchema,
  run: (dataset, options) => runControls(dataset, options),
  summarize: summarizeControls,
  keyFigures,
  subjects,
  findings: controlsFindings,
  toReport: controlsReport,
};
