// Wilson score interval for a proportion: unlike the normal approximation it stays inside [0, 1]
// and stays wide when only a handful of observations back the proportion.

/** Two-sided 95 % standard normal quantile. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * Interval for `proportion` observed over `n` trials; n may be fractional (an effective sample
 * size). Null when there are no trials.
 */
export function wilsonInterval(proportion: number, n: number, z: number = Z_95): Interval | null {
  if (!(n > 0)) return null;
  const p = Math.min(1, Math.max(0, proportion));
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lower: Math.max(0, centre - halfWidth), upper: Math.min(1, centre + halfWidth) };
}
