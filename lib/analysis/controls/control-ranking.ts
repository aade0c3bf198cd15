// Orderings shared by the summary, findings and report: least effective first, and score buckets.
import type { ControlAssessment } from "./assess-controls";

/** Code-unit order, the same on every server (localeCompare is not). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Least effective first: lowest score, then lowest upper bound (firmest evidence), then number. */
export function compareIneffectiveness(a: ControlAssessment, b: ControlAssessment): number {
  return (
    (a.score ?? Infinity) - (b.score ?? Infinity) ||
    (a.upper ?? Infinity) - (b.upper ?? Infinity) ||
    compareText(a.number, b.number) ||
    compareText(a.controlId, b.controlId)
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
