// Recency weighting: evidence loses half its weight every half-life, so a control's score follows
// how it performs now rather than how it performed years ago.

export const DAY_MS = 86_400_000;
/** An average calendar month (365.25 / 12 days), the unit of half-lives and testing intervals. */
export const AVERAGE_MONTH_MS = 30.4375 * DAY_MS;

/** Weight of evidence `ageMs` old; evidence dated at or after the as-of moment counts in full. */
export function recencyWeight(ageMs: number, halfLifeMs: number): number {
  return ageMs <= 0 ? 1 : Math.exp((-Math.LN2 * ageMs) / halfLifeMs);
}

/**
 * Kish's effective sample size of a weighted sample, (Σw)² / Σw²: n for n equal weights, fewer
 * when a few recent observations carry most of the weight.
 */
export function effectiveSampleSize(sumWeights: number, sumSquaredWeights: number): number {
  return sumSquaredWeights > 0 ? (sumWeights * sumWeights) / sumSquaredWeights : 0;
}
