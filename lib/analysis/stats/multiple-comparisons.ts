// Corrections for testing many hypotheses at once: adjusted p-values in the order given, so a
// hypothesis is significant at level α when its adjusted value is ≤ α.

/** Indices of `pValues` in ascending order of p (ties keep their input order, for determinism). */
function ascendingOrder(pValues: readonly number[]): number[] {
  return pValues.map((_, i) => i).sort((i, j) => (pValues[i] as number) - (pValues[j] as number) || i - j);
}

function checkPValues(pValues: readonly number[]): void {
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must lie in [0, 1], got ${p}`);
}

/**
 * Benjamini-Hochberg adjusted p-values (q-values), controlling the false discovery rate:
 * q(i) = min over j ≥ i of p(j)·m/j for the ascending p(1) ≤ … ≤ p(m), capped at 1.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  checkPValues(pValues);
  const m = pValues.length;
  const order = ascendingOrder(pValues);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1] as number;
    running = Math.min(running, ((pValues[index] as number) * m) / rank);
    adjusted[index] = running;
  }
  return adjusted;
}

/**
 * Holm's step-down adjusted p-values, controlling the family-wise error rate:
 * p'(i) = max over j ≤ i of (m - j + 1)·p(j) for the ascending p-values, capped at 1.
 */
export function holm(pValues: readonly number[]): number[] {
  checkPValues(pValues);
  const m = pValues.length;
  const order = ascendingOrder(pValues);
  const adjusted = new Array<number>(m);
  let running = 0;
  for (let rank = 1; rank <= m; rank++) {
    const index = order[rank - 1] as number;
    running = Math.max(running, Math.min(1, (m - rank + 1) * (pValues[index] as number)));
    adjusted[index] = running;
  }
  return adjusted;
}
