// Inherent and residual risk scores and the 5×5 likelihood-by-impact heat maps.
import type { RiskAssessment } from "@/lib/analysis/dataset/types";

export const SCORE_FORMULA =
  "Score = likelihood level × impact level, each on the 1-5 scale of the instance's risk criteria, so 1-25; " +
  "a risk without both levels has no score. Inherent uses the inherent levels, residual the residual levels.";

export type HeatKind = "inherent" | "residual";

export interface ScoredAssessment {
  likelihood: number | null;
  impact: number | null;
  /** likelihood × impact (1-25), or null when either level is missing. */
  score: number | null;
}

function level(value: number | null): number | null {
  return value !== null && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
}

export function scoreAssessment(assessment: RiskAssessment): ScoredAssessment {
  const likelihood = level(assessment.likelihood);
  const impact = level(assessment.impact);
  return { likelihood, impact, score: likelihood === null || impact === null ? null : likelihood * impact };
}

/** The drill-down tag of a heat-map cell, e.g. "heat:residual:4-2" for likelihood 4, impact 2. */
export function heatTag(kind: HeatKind, assessment: ScoredAssessment): string | null {
  if (assessment.likelihood === null || assessment.impact === null) return null;
  return `heat:${kind}:${assessment.likelihood}-${assessment.impact}`;
}

export interface HeatMap {
  kind: HeatKind;
  /** cells[likelihood - 1][impact - 1] = number of risks. */
  cells: number[][];
  /** tags[likelihood - 1][impact - 1] = the tag of that cell's risks. */
  tags: string[][];
  /** Risks left off because a level is missing. */
  unscored: number;
}

export function buildHeatMap(kind: HeatKind, assessments: readonly ScoredAssessment[]): HeatMap {
  const cells = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  const tags = Array.from({ length: 5 }, (_, l) => Array.from({ length: 5 }, (_, i) => `heat:${kind}:${l + 1}-${i + 1}`));
  let unscored = 0;
  for (const a of assessments) {
    if (a.likelihood === null || a.impact === null) unscored++;
    else {
      const row = cells[a.likelihood - 1] as number[];
      row[a.impact - 1] = (row[a.impact - 1] as number) + 1;
    }
  }
  return { kind, cells, tags, unscored };
}

/** Mean of the non-null scores, rounded to 2 decimals, or null when there are none. */
export function meanScore(scores: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const s of scores) {
    if (s === null) continue;
    sum += s;
    n++;
  }
  return n === 0 ? null : Math.round((sum / n) * 100) / 100;
}
