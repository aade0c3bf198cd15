// Correlation and association statistics with their significance tests: Pearson and Spearman
// correlation (t test with n - 2 degrees of freedom) and Fisher's exact test for 2×2 tables.
import { logFactorial, studentTTwoSidedP } from "./distributions";

export interface CorrelationTest {
  /** The correlation coefficient, or null when either variable is constant (no correlation defined). */
  r: number | null;
  n: number;
  /** Two-sided p-value of H0: no correlation (t = r·√((n-2)/(1-r²)), df = n - 2); null when r is null or n < 3. */
  p: number | null;
}

/** Pearson's product-moment correlation of two equally long series. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length) throw new RangeError(`series lengths differ: ${x.length} and ${y.length}`);
  const n = x.length;
  if (n < 2) return null;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i] as number;
    meanY += y[i] as number;
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - meanX;
    const dy = (y[i] as number) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  // Rounding can push |r| a hair past 1 for perfectly collinear series.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Ranks 1..n in the order of `values`, ties sharing the mean of their ranks. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1] as number] === values[order[i] as number]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k] as number] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Spearman's rank correlation: Pearson's r of the average ranks (correct with ties). */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  return pearson(averageRanks(x), averageRanks(y));
}

/** Two-sided p-value for a correlation coefficient r from n pairs (Student t, df = n - 2). */
export function correlationPValue(r: number, n: number): number | null {
  if (n < 3) return null;
  if (Math.abs(r) >= 1) return 0;
  const t = r * Math.sqrt((n - 2) / (1 - r * r));
  return studentTTwoSidedP(t, n - 2);
}

export function pearsonTest(x: readonly number[], y: readonly number[]): CorrelationTest {
  const r = pearson(x, y);
  return { r, n: x.length, p: r === null ? null : correlationPValue(r, x.length) };
}

export function spearmanTest(x: readonly number[], y: readonly number[]): CorrelationTest {
  const r = spearman(x, y);
  return { r, n: x.length, p: r === null ? null : correlationPValue(r, x.length) };
}

/**
 * A 2×2 table of counts:
 *                 outcome yes  outcome no
 *   exposed            a            b
 *   not exposed        c            d
 */
export interface TwoByTwo {
  a: number;
  b: number;
  c: number;
  d: number;
}

/** The phi coefficient (Pearson's r of the two binary variables), or null when a margin is empty. */
export function phiCoefficient({ a, b, c, d }: TwoByTwo): number | null {
  const denominator = (a + b) * (c + d) * (a + c) * (b + d);
  if (denominator === 0) return null;
  return (a * d - b * c) / Math.sqrt(denominator);
}

/**
 * Fisher's exact test. "greater" is the one-sided test that exposure raises the outcome's odds,
 * P(A ≥ a) under the hypergeometric distribution with all margins fixed; "two-sided" sums every
 * table no more likely than the observed one (the usual definition, as in R's fisher.test).
 */
export function fisherExact(table: TwoByTwo, alternative: "greater" | "two-sided" = "two-sided"): number {
  const { a, b, c, d } = table;
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  const low = Math.max(0, col1 - (c + d));
  const high = Math.min(row1, col1);
  const base = logFactorial(row1) + logFactorial(n - row1) + logFactorial(col1) + logFactorial(n - col1) - logFactorial(n);
  const probability = (k: number) =>
    Math.exp(base - logFactorial(k) - logFactorial(row1 - k) - logFactorial(col1 - k) - logFactorial(n - row1 - col1 + k));
  let p = 0;
  if (alternative === "greater") {
    for (let k = a; k <= high; k++) p += probability(k);
  } else {
    // Relative tolerance so tables exactly as likely as the observed one are not lost to rounding.
    const observed = probability(a) * (1 + 1e-7);
    for (let k = low; k <= high; k++) {
      const pk = probability(k);
      if (pk <= observed) p += pk;
    }
  }
  return Math.min(1, p);
}
