import type { EngineId } from "@/lib/analysis/engine";
import type { KeyFigureDelta } from "./schemas";

type Good = "up" | "down";

/**
 * Which way each key figure should move. "up": a rise is an improvement (a higher mean control
 * score, more effective controls, a better AUC); "down": a rise is a deterioration (more
 * ineffective or overdue controls, more coverage gaps, a higher Brier score or residual risk).
 * Figures that only measure size or discovery (how many controls or risks there are, how many
 * links the statistics found) have no good direction and are left out, as is any figure this
 * table does not know: their direction is null rather than a guess (an unchanged figure is
 * "same" whatever its kind).
 */
const GOOD_DIRECTION: Record<EngineId, Record<string, Good>> = {
  controls: {
    meanScore: "up",
    effective: "up",
    needsImprovement: "down",
    ineffective: "down",
    untested: "down",
    overdue: "down",
  },
  risks: {
    coverageGaps: "down",
    highSeverityGaps: "down",
    unexplainedFailureFactors: "down",
    meanInherent: "down",
    meanResidual: "down",
  },
  compliance: {
    coveragePct: "up",
    compliancePct: "up",
    covered: "up",
    compliant: "up",
    gaps: "down",
    unmapped: "down",
    onlyIneffective: "down",
    onlyUntested: "down",
    notCompliant: "down",
  },
  predictive: {
    auc: "up",
    brier: "down",
    highRiskControls: "down",
    meanProbability: "down",
  },
};

/** b − a without float noise: 0.3 − 0.1 must not be 0.19999999999999998, nor a tiny change "better". */
export const roundedDelta = (a: number, b: number) => Math.round((b - a) * 1e6) / 1e6;

/**
 * Every key figure of either side with b − a and whether that change is better, worse or the
 * same by the table above. Stored key figures are jsonb, which keeps no key order: the table's
 * figures come first in its order, then the rest alphabetically.
 */
export function keyFigureDeltas(engine: EngineId, a: Record<string, number>, b: Record<string, number>): KeyFigureDelta[] {
  const known = Object.keys(GOOD_DIRECTION[engine]);
  const present = new Set([...Object.keys(a), ...Object.keys(b)]);
  const names = [...known.filter((n) => present.has(n)), ...[...present].filter((n) => !known.includes(n)).sort()];
  return names.map((name) => {
    const before = typeof a[name] === "number" ? a[name] : null;
    const after = typeof b[name] === "number" ? b[name] : null;
    if (before === null || after === null) return { name, a: before, b: after, delta: null, direction: null };
    const delta = roundedDelta(before, after);
    const good = GOOD_DIRECTION[engine][name];
    const direction = delta === 0 ? "same" : !good ? null : (delta > 0) === (good === "up") ? "better" : "worse";
    return { name, a: before, b: after, delta, direction };
  });
}
