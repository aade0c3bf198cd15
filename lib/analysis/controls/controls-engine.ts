// The control effectiveness engine: scores, classes and roll-ups of every control (see
// assess-controls.ts for the formula and controls-options.ts for the rules).
import type { AnalysisEngine, InsightSubject } from "@/lib/analysis/engine";
import type { ControlClass } from "./assess-controls";
import { rollupKeys, ROLLUP_DIMENSIONS } from "./control-rollups";
import { controlsFindings } from "./controls-findings";
import { controlsOptionsSchema, type ControlsOptions } from "./controls-options";
import { controlsReport } from "./controls-report";
import { scoreBucket } from "./control-ranking";
import { runControls, type ControlsResult } from "./controls-result";
import { summarizeControls, type ControlsSummary } from "./controls-summary";

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

// keyFigures reads the summary, and summarising 100,000 controls takes a while: once per result.
const summaries = new WeakMap<ControlsResult, ControlsSummary>();
function summaryOf(result: ControlsResult): ControlsSummary {
  let summary = summaries.get(result);
  if (!summary) summaries.set(result, (summary = summarizeControls(result)));
  return summary;
}

function keyFigures(result: ControlsResult): Record<string, number> {
  const s = summaryOf(result);
  const count = (c: ControlClass) => s.classes.find((x) => x.class === c)?.count ?? 0;
  return {
    // 0 when nothing is tested: key figures must be finite numbers.
    meanScore: s.meanScore ?? 0,
    effective: count("effective"),
    needsImprovement: count("needs_improvement"),
    ineffective: count("ineffective"),
    untested: count("untested"),
    overdue: s.overdue.count,
    controls: s.controls,
    excluded: s.excluded.count,
  };
}

export const controlsEngine: AnalysisEngine<ControlsOptions, ControlsContext, ControlsResult, ControlsSummary> = {
  id: "controls",
  version: "1.0.0",
  label: "Control effectiveness",
  options: controlsOptionsSchema,
  run: (dataset, options) => runControls(dataset, options),
  summarize: summaryOf,
  keyFigures,
  subjects,
  findings: controlsFindings,
  toReport: controlsReport,
};
