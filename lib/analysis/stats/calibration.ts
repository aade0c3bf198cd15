// How well predicted probabilities match what happened: the Brier score (mean squared error of the
// probability) and a reliability table of equal-width probability bins with the expected calibration
// error (the count-weighted mean gap between predicted and observed rates).

export interface CalibrationBin {
  /** Lower bound of the predicted probability (inclusive). */
  from: number;
  /** Upper bound (exclusive, except 1 for the last bin). */
  to: number;
  count: number;
  /** Mean predicted probability in the bin; null when it is empty. */
  meanPredicted: number | null;
  /** Share of positives in the bin; null when it is empty. */
  observedRate: number | null;
}

export interface CalibrationTable {
  bins: CalibrationBin[];
  /** Σ (count / n) × |meanPredicted − observedRate| over non-empty bins; null without predictions. */
  ece: number | null;
}

function checkLengths(predicted: ArrayLike<number>, labels: ArrayLike<number>): void {
  if (predicted.length !== labels.length) throw new Error(`${predicted.length} predictions but ${labels.length} labels`);
}

/** Mean of (p − y)² with y = 1 for a positive label, else 0; null without predictions. */
export function brierScore(predicted: ArrayLike<number>, labels: ArrayLike<number>): number | null {
  checkLengths(predicted, labels);
  const n = predicted.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const error = (predicted[i] as number) - (labels[i] === 1 ? 1 : 0);
    sum += error * error;
  }
  return sum / n;
}

/** Bins [0, 1/b), [1/b, 2/b), … [(b−1)/b, 1] of the predicted probability (b = binCount). */
export function calibrationTable(predicted: ArrayLike<number>, labels: ArrayLike<number>, binCount = 10): CalibrationTable {
  checkLengths(predicted, labels);
  if (!Number.isInteger(binCount) || binCount < 1) throw new Error(`binCount must be a positive integer, got ${binCount}`);
  const counts = new Float64Array(binCount);
  const predictedSums = new Float64Array(binCount);
  const positives = new Float64Array(binCount);
  const n = predicted.length;
  for (let i = 0; i < n; i++) {
    const p = predicted[i] as number;
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor(p * binCount)));
    counts[bin] = (counts[bin] as number) + 1;
    predictedSums[bin] = (predictedSums[bin] as number) + p;
    if (labels[i] === 1) positives[bin] = (positives[bin] as number) + 1;
  }
  const bins: CalibrationBin[] = [];
  let weightedGap = 0;
  for (let b = 0; b < binCount; b++) {
    const count = counts[b] as number;
    const meanPredicted = count === 0 ? null : (predictedSums[b] as number) / count;
    const observedRate = count === 0 ? null : (positives[b] as number) / count;
    if (meanPredicted !== null && observedRate !== null) weightedGap += count * Math.abs(meanPredicted - observedRate);
    bins.push({ from: b / binCount, to: (b + 1) / binCount, count, meanPredicted, observedRate });
  }
  return { bins, ece: n === 0 ? null : weightedGap / n };
}
