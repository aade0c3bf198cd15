// L2-penalised logistic regression on standardised features, fitted by Newton's method (IRLS) with
// step halving. Data is a row-major Float64Array (n rows × p features) so one pass over a million
// rows is a tight loop with no allocation; each Newton step solves a (p+1)×(p+1) system by Cholesky.
// Deterministic: the same data gives the same coefficients, bit for bit.

export interface LogisticFitOptions {
  /** Penalty λ in λ/2 × Σ β² over the standardised coefficients (not the intercept). */
  l2: number;
  maxIterations: number;
  /** Converged when no coefficient moved by more than this in the last step. */
  tolerance: number;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticFitOptions = { l2: 1, maxIterations: 25, tolerance: 1e-7 };

export interface LogisticModel {
  /** Feature means and standard deviations: z = (x − mean) / scale (scale 1 for a constant feature). */
  means: number[];
  scales: number[];
  /** Coefficients on the standardised features: log-odds per standard deviation. */
  coefficients: number[];
  intercept: number;
}

export interface LogisticFit extends LogisticModel {
  iterations: number;
  converged: boolean;
}

/** Column means and population standard deviations of a row-major matrix (two row-wise passes). */
export function standardisation(x: Float64Array, featureCount: number): { means: number[]; scales: number[] } {
  const n = x.length / featureCount;
  const sums = new Float64Array(featureCount);
  for (let i = 0; i < x.length; i += featureCount) {
    for (let j = 0; j < featureCount; j++) sums[j] = (sums[j] as number) + (x[i + j] as number);
  }
  const mean = sums.map((sum) => (n === 0 ? 0 : sum / n));
  const squares = new Float64Array(featureCount);
  for (let i = 0; i < x.length; i += featureCount) {
    for (let j = 0; j < featureCount; j++) {
      const d = (x[i + j] as number) - (mean[j] as number);
      squares[j] = (squares[j] as number) + d * d;
    }
  }
  const scales = Array.from(squares, (sum) => {
    const sd = n === 0 ? 0 : Math.sqrt(sum / n);
    return sd > 1e-12 ? sd : 1;
  });
  return { means: Array.from(mean), scales };
}

/** The same model on the raw feature scale: log-odds = intercept + Σ coefficientⱼ × xⱼ. */
export function toRawScale(model: LogisticModel): { intercept: number; coefficients: number[] } {
  const coefficients = model.coefficients.map((b, j) => b / (model.scales[j] as number));
  const intercept = model.intercept - coefficients.reduce((sum, b, j) => sum + b * (model.means[j] as number), 0);
  return { intercept, coefficients };
}

export function sigmoid(eta: number): number {
  return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
}

/** Probabilities for every row of a row-major matrix. */
export function predictLogistic(model: LogisticModel, x: Float64Array): Float64Array {
  const p = model.coefficients.length;
  const n = x.length / p;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let eta = model.intercept;
    for (let j = 0; j < p; j++) {
      eta += (model.coefficients[j] as number) * (((x[i * p + j] as number) - (model.means[j] as number)) / (model.scales[j] as number));
    }
    out[i] = sigmoid(eta);
  }
  return out;
}

interface Evaluation {
  loss: number;
  /** Gradient of the loss, intercept first. */
  gradient: Float64Array;
  /** Hessian of the loss, (p+1)×(p+1) row-major. */
  hessian: Float64Array;
}

/**
 * Fits P(y = 1) = σ(β₀ + Σ βⱼ zⱼ) by minimising Σ log-loss + λ/2 Σ βⱼ². `y` holds 1 for a positive, 0
 * otherwise. Starts from β = 0 with β₀ at the log-odds of the base rate.
 */
export function fitLogisticRegression(
  x: Float64Array,
  y: ArrayLike<number>,
  featureCount: number,
  options: Partial<LogisticFitOptions> = {},
): LogisticFit {
  const { l2, maxIterations, tolerance } = { ...DEFAULT_LOGISTIC_OPTIONS, ...options };
  const n = y.length;
  if (x.length !== n * featureCount) throw new Error(`expected ${n} × ${featureCount} values, got ${x.length}`);
  const { means, scales } = standardisation(x, featureCount);
  // Standardised on the fly rather than copied: a copy of a million rows is tens of MB to collect.
  const data: Standardised = { x, means: Float64Array.from(means), inverseScales: Float64Array.from(scales, (sd) => 1 / sd) };
  let positives = 0;
  for (let i = 0; i < n; i++) if (y[i] === 1) positives++;
  const size = featureCount + 1;
  let beta = new Float64Array(size);
  beta[0] = Math.log((positives + 0.5) / (n - positives + 0.5));
  let current = evaluate(data, y, beta, featureCount, l2);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const step = solveCholesky(current.hessian, current.gradient, size);
    let scale = 1;
    let next = beta;
    let nextEvaluation = current;
    // Step halving keeps every step downhill; the loss is convex, so a few halvings always suffice.
    for (let halving = 0; halving < 30; halving++) {
      next = new Float64Array(size);
      for (let k = 0; k < size; k++) next[k] = (beta[k] as number) - scale * (step[k] as number);
      nextEvaluation = evaluate(data, y, next, featureCount, l2);
      if (nextEvaluation.loss <= current.loss + 1e-12 * Math.abs(current.loss)) break;
      scale /= 2;
    }
    let largestMove = 0;
    for (let k = 0; k < size; k++) largestMove = Math.max(largestMove, Math.abs((next[k] as number) - (beta[k] as number)));
    beta = next;
    current = nextEvaluation;
    converged = largestMove < tolerance;
  }
  return { means, scales, coefficients: Array.from(beta.subarray(1)), intercept: beta[0] as number, iterations, converged };
}

interface Standardised {
  x: Float64Array;
  means: Float64Array;
  inverseScales: Float64Array;
}

function evaluate(data: Standardised, y: ArrayLike<number>, beta: Float64Array, p: number, l2: number): Evaluation {
  const { x, means, inverseScales } = data;
  const size = p + 1;
  const gradient = new Float64Array(size);
  const hessian = new Float64Array(size * size);
  const z = new Float64Array(p);
  const n = y.length;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const base = i * p;
    let eta = beta[0] as number;
    for (let j = 0; j < p; j++) {
      const zj = ((x[base + j] as number) - (means[j] as number)) * (inverseScales[j] as number);
      z[j] = zj;
      eta += (beta[j + 1] as number) * zj;
    }
    // One exponential gives both σ(η) and log(1 + e^η) − yη, finite for any η.
    const e = Math.exp(-Math.abs(eta));
    const mu = eta >= 0 ? 1 / (1 + e) : e / (1 + e);
    const label = y[i] === 1 ? 1 : 0;
    loss += (eta > 0 ? eta : 0) + Math.log1p(e) - label * eta;
    const residual = mu - label;
    const weight = mu * (1 - mu);
    gradient[0] = (gradient[0] as number) + residual;
    hessian[0] = (hessian[0] as number) + weight;
    for (let a = 0; a < p; a++) {
      const za = z[a] as number;
      gradient[a + 1] = (gradient[a + 1] as number) + residual * za;
      const wa = weight * za;
      hessian[a + 1] = (hessian[a + 1] as number) + wa;
      const row = (a + 1) * size;
      for (let b = a; b < p; b++) hessian[row + b + 1] = (hessian[row + b + 1] as number) + wa * (z[b] as number);
    }
  }
  for (let a = 1; a < size; a++) {
    const coefficient = beta[a] as number;
    loss += (l2 / 2) * coefficient * coefficient;
    gradient[a] = (gradient[a] as number) + l2 * coefficient;
    hessian[a * size + a] = (hessian[a * size + a] as number) + l2;
  }
  // Only the upper triangle was accumulated.
  for (let a = 0; a < size; a++) for (let b = 0; b < a; b++) hessian[a * size + b] = hessian[b * size + a] as number;
  return { loss, gradient, hessian };
}

/** Solves A s = g for a symmetric positive definite A (row-major), with a tiny ridge if A is singular. */
export function solveCholesky(a: Float64Array, g: Float64Array, size: number): Float64Array {
  const l = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * size + j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * size + k] as number) * (l[j * size + k] as number);
      if (i === j) l[i * size + i] = Math.sqrt(Math.max(sum, 1e-12));
      else l[i * size + j] = sum / (l[j * size + j] as number);
    }
  }
  const forward = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let sum = g[i] as number;
    for (let k = 0; k < i; k++) sum -= (l[i * size + k] as number) * (forward[k] as number);
    forward[i] = sum / (l[i * size + i] as number);
  }
  const s = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    let sum = forward[i] as number;
    for (let k = i + 1; k < size; k++) sum -= (l[k * size + i] as number) * (s[k] as number);
    s[i] = sum / (l[i * size + i] as number);
  }
  return s;
}
