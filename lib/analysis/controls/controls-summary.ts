// What the insights page draws for the controls engine: class counts, the score histogram, roll-up
// tables and the least effective controls, each chart element with the subject tag behind it.
import type { ControlAssessment, ControlClass } from "./assess-controls";
import { ROLLUP_DIMENSIONS, type RollupDimension, type RollupRow } from "./control-rollups";
import { CLASS_RULE_TEXT, SCORE_RULE_TEXT } from "./controls-options";
import { rankByIneffectiveness, scoreBucket } from "./control-ranking";
import type { ControlsResult } from "./controls-result";

export const CLASS_LABELS: Readonly<Record<ControlClass, string>> = {
  effective: "Effective",
  needs_improvement: "Needs improvement",
  ineffective: "Ineffective",
  untested: "Untested",
};
const CLASSES = Object.keys(CLASS_LABELS) as ControlClass[];
const TOP_ROLLUP_ROWS = 50;
const TOP_CONTROLS = 50;

export interface LeastEffectiveRow {
  controlId: string;
  number: string;
  name: string;
  score: number | null;
  lower: number | null;
  upper: number | null;
  class: ControlClass;
  explanation: string;
}

export interface ControlsSummary {
  asOf: number;
  halfLifeMonths: number;
  overdueGraceDays: number;
  scoreRule: string;
  classRule: string;
  /** In-scope controls; exempt and retired ones are counted apart. */
  controls: number;
  excluded: { count: number; tag: string };
  classes: { class: ControlClass; label: string; count: number; tag: string }[];
  meanScore: number | null;
  medianScore: number | null;
  overdue: { count: number; keyControls: number; tag: string };
  histogram: { bucket: string; from: number; to: number; count: number; tag: string }[];
  rollups: Record<RollupDimension, { groups: number; rows: RollupRow[] }>;
  leastEffective: LeastEffectiveRow[];
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  const value = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.round(value * 10) / 10;
}

export function toLeastEffectiveRow(c: ControlAssessment): LeastEffectiveRow {
  return {
    controlId: c.controlId, number: c.number, name: c.name, score: c.score, lower: c.lower, upper: c.upper,
    class: c.class, explanation: c.explanation,
  };
}

function classCounts(controls: ControlAssessment[]): Record<ControlClass, number> {
  const counts: Record<ControlClass, number> = { effective: 0, needs_improvement: 0, ineffective: 0, untested: 0 };
  for (const c of controls) if (c.inScope) counts[c.class]++;
  return counts;
}

export function summarizeControls(result: ControlsResult): ControlsSummary {
  const inScope = result.controls.filter((c) => c.inScope);
  const counts = classCounts(result.controls);
  const scores: number[] = [];
  const histogram = Array.from({ length: 10 }, (_, i) => {
    const bucket = scoreBucket(i * 10);
    return { bucket, from: i * 10, to: i * 10 + 10, count: 0, tag: `score:${bucket}` };
  });
  for (const c of inScope) {
    if (c.score === null) continue;
    scores.push(c.score);
    (histogram[Math.min(9, Math.floor(c.score / 10))] as (typeof histogram)[number]).count++;
  }
  scores.sort((a, b) => a - b);
  const sum = scores.reduce((total, s) => total + s, 0);
  const rollups = {} as ControlsSummary["rollups"];
  for (const dimension of ROLLUP_DIMENSIONS) {
    const rows = result.rollups[dimension];
    rollups[dimension] = { groups: rows.length, rows: rows.slice(0, TOP_ROLLUP_ROWS) };
  }
  return {
    asOf: result.asOf,
    halfLifeMonths: result.options.halfLifeMonths,
    overdueGraceDays: result.options.overdueGraceDays,
    scoreRule: SCORE_RULE_TEXT,
    classRule: CLASS_RULE_TEXT,
    controls: inScope.length,
    excluded: { count: result.controls.length - inScope.length, tag: "excluded" },
    classes: CLASSES.map((c) => ({ class: c, label: CLASS_LABELS[c], count: counts[c], tag: `class:${c}` })),
    meanScore: scores.length === 0 ? null : Math.round((10 * sum) / scores.length) / 10,
    medianScore: median(scores),
    overdue: {
      count: inScope.filter((c) => c.overdue).length,
      keyControls: inScope.filter((c) => c.overdue && c.keyControl).length,
      tag: "overdue",
    },
    histogram,
    rollups,
    leastEffective: rankByIneffectiveness(result.controls).slice(0, TOP_CONTROLS).map(toLeastEffectiveRow),
  };
}
