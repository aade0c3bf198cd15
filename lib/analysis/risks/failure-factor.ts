// Reconciles each risk's control failure factor (sn_risk_risk.control_failure_factor) with its recorded
// controls. The factor is derived by the instance from the risk's controls, so when it disagrees with
// the recorded ones a control is probably missing from sn_risk_m2m_risk_control; the control of the
// risk's entity that would make it agree is a suggested link. Which definition the instance uses is
// not assumed: each candidate definition is checked against all risks and the one that most of them
// follow (at least half) is used, or none.
import type { AnalysisDataset, DsControl, DsRisk } from "@/lib/analysis/dataset/types";
import type { FailureRates } from "./control-failure-rates";

export const FAILURE_FACTOR_DEFINITIONS = {
  "test-failure-rate": "100 × the mean over the risk's controls of (failed tests / tests with an outcome)",
  "non-compliant-share": "100 × the share of the risk's controls whose status is non-compliant",
} as const;
export type FailureFactorDefinition = keyof typeof FAILURE_FACTOR_DEFINITIONS;

/** The factor is stored with 2 decimals, so a match is within half a unit of the last decimal. */
const TOLERANCE = 0.005 + 1e-9;
/** A definition is adopted only when at least this share of the checkable risks follows it. */
const MIN_MATCH_SHARE = 0.5;
/** Candidate lists on a mismatch are cut to this many ids (the count is kept). */
const MAX_LISTED_CANDIDATES = 10;

export interface FactorCandidate {
  controlId: string;
  /** The control's value under the definition: a failure rate, or 1/0 for non-compliant/compliant. */
  value: number;
  tests: number;
}

export interface FactorMismatch {
  riskId: string;
  factor: number;
  /** The factor the recorded controls give under the definition. */
  recordedFactor: number;
  recordedControls: number;
  /** The value one more control would need for the factor to match, or null when no single control can. */
  neededValue: number | null;
  /** Active controls of the risk's entity, not recorded, each of which alone would make the factor match. */
  candidates: FactorCandidate[];
  candidateCount: number;
  /** Every reconciling candidate (not cut), for the indicator tie-break; not stored in the result. */
  allCandidates: FactorCandidate[];
  /** When no single control reconciles: the entity's unrecorded controls that could be one of two, and the range their two values must sum to. */
  pairPool: FactorCandidate[];
  pairRange: [number, number];
}

export interface FailureFactorCheck {
  definition: FailureFactorDefinition | null;
  /** Per definition: the share of checkable risks whose factor matches, or null with too few risks to judge. */
  matchShares: Record<FailureFactorDefinition, number | null>;
  /** Risks that could be checked under the adopted definition, and those that matched. */
  checked: number;
  matched: number;
  mismatches: FactorMismatch[];
}

function controlValue(definition: FailureFactorDefinition, control: DsControl | undefined, rates: FailureRates): number | null {
  if (!control) return null;
  if (definition === "test-failure-rate") return rates.byControl.get(control.id)?.rawRate ?? null;
  if (control.status === "non_compliant") return 1;
  return control.status === "compliant" ? 0 : null;
}

/** The sum and count of the recorded controls' values, or null when a recorded control has no value. */
function recordedValues(definition: FailureFactorDefinition, risk: DsRisk, controls: ReadonlyMap<string, DsControl>, rates: FailureRates) {
  const ids = [...new Set(risk.controlIds)];
  if (ids.length === 0) return null;
  let sum = 0;
  for (const id of ids) {
    const value = controlValue(definition, controls.get(id), rates);
    if (value === null) return null;
    sum += value;
  }
  return { sum, count: ids.length };
}

export function checkFailureFactors(
  dataset: AnalysisDataset,
  risks: readonly DsRisk[],
  rates: FailureRates,
  minRisks: number,
): FailureFactorCheck {
  const controls = new Map(dataset.controls.map((c) => [c.id, c]));
  const withFactor = risks.filter((r) => r.controlFailureFactor !== null);
  const matchShares = {} as Record<FailureFactorDefinition, number | null>;
  let definition: FailureFactorDefinition | null = null;
  let best = 0;
  for (const candidate of Object.keys(FAILURE_FACTOR_DEFINITIONS) as FailureFactorDefinition[]) {
    let checked = 0;
    let matched = 0;
    for (const risk of withFactor) {
      const values = recordedValues(candidate, risk, controls, rates);
      if (!values) continue;
      checked++;
      if (Math.abs((100 * values.sum) / values.count - (risk.controlFailureFactor as number)) <= TOLERANCE) matched++;
    }
    const share = checked >= minRisks ? matched / checked : null;
    matchShares[candidate] = share;
    // The best-followed definition wins; on a tie the one listed first.
    if (share !== null && share >= MIN_MATCH_SHARE && share > best) {
      definition = candidate;
      best = share;
    }
  }
  if (definition === null) return { definition, matchShares, checked: 0, matched: 0, mismatches: [] };
  return { definition, matchShares, ...reconcile(definition, withFactor, controls, rates) };
}

function reconcile(definition: FailureFactorDefinition, risks: readonly DsRisk[], controls: ReadonlyMap<string, DsControl>, rates: FailureRates) {
  const byEntity = new Map<string, DsControl[]>();
  for (const control of controls.values()) {
    if (!control.active || control.entityId === null) continue;
    const list = byEntity.get(control.entityId);
    if (list) list.push(control);
    else byEntity.set(control.entityId, [control]);
  }
  let checked = 0;
  let matched = 0;
  const mismatches: FactorMismatch[] = [];
  for (const risk of risks) {
    const values = recordedValues(definition, risk, controls, rates);
    if (!values) continue;
    checked++;
    const factor = risk.controlFailureFactor as number;
    const recordedFactor = (100 * values.sum) / values.count;
    if (Math.abs(recordedFactor - factor) <= TOLERANCE) {
      matched++;
      continue;
    }
    // One more control with value v matches when |100·(sum + v)/(count + 1) − factor| ≤ tolerance.
    const low = Math.max(0, ((factor - TOLERANCE) * (values.count + 1)) / 100 - values.sum);
    const high = Math.min(1, ((factor + TOLERANCE) * (values.count + 1)) / 100 - values.sum);
    const recorded = new Set(risk.controlIds);
    const candidates: FactorCandidate[] = [];
    for (const control of risk.entityId === null ? [] : (byEntity.get(risk.entityId) ?? [])) {
      if (recorded.has(control.id)) continue;
      const value = controlValue(definition, control, rates);
      if (value === null || value < low || value > high) continue;
      candidates.push({ controlId: control.id, value, tests: rates.byControl.get(control.id)?.tests ?? 0 });
    }
    candidates.sort((a, b) => b.tests - a.tests || (a.controlId < b.controlId ? -1 : 1));
    // Two more controls with values v + w match when v + w lies in [pairLow, pairHigh].
    const pairLow = Math.max(0, ((factor - TOLERANCE) * (values.count + 2)) / 100 - values.sum);
    const pairHigh = Math.min(2, ((factor + TOLERANCE) * (values.count + 2)) / 100 - values.sum);
    const pairPool: FactorCandidate[] = [];
    if (candidates.length === 0 && pairLow <= pairHigh) {
      for (const control of risk.entityId === null ? [] : (byEntity.get(risk.entityId) ?? [])) {
        if (recorded.has(control.id)) continue;
        const value = controlValue(definition, control, rates);
        if (value === null || value > pairHigh || value < pairLow - 1) continue;
        pairPool.push({ controlId: control.id, value, tests: rates.byControl.get(control.id)?.tests ?? 0 });
      }
    }
    mismatches.push({
      riskId: risk.id,
      factor,
      recordedFactor: Math.round(recordedFactor * 100) / 100,
      recordedControls: values.count,
      neededValue: low <= high ? Math.round(((low + high) / 2) * 10000) / 10000 : null,
      candidates: candidates.slice(0, MAX_LISTED_CANDIDATES),
      candidateCount: candidates.length,
      allCandidates: candidates,
      pairPool,
      pairRange: [pairLow, pairHigh],
    });
  }
  return { checked, matched, mismatches };
}
