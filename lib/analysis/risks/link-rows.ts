// Turns the link tests into reported links: one Benjamini-Hochberg correction over every pair and
// portfolio test, then the significant ones, plus the failure-factor suggestions.
import { benjaminiHochberg } from "@/lib/analysis/stats/multiple-comparisons";
import type { FactorCandidate, FactorMismatch, FailureFactorDefinition } from "./failure-factor";
import type { ExactPair, TiebreakSuggestion } from "./factor-tiebreak";
import type { PairTest, PairTestRun } from "./indicator-links";
import type { PortfolioTest } from "./portfolio-links";
import type { LinkRow } from "./risks-result";

export const CORRECTION =
  "Benjamini-Hochberg over every pair and portfolio test together, controlling the false discovery rate at α; " +
  "a link is reported when its adjusted p-value q ≤ α.";

export interface LinkLookups {
  riskNumber: (id: string) => string;
  riskEntity: (id: string) => string | null;
  controlNumber: (id: string) => string;
}

export interface LinkInput {
  pairs: Pick<PairTestRun, "pValues" | "retained">;
  portfolio: readonly PortfolioTest[];
  mismatches: readonly FactorMismatch[];
  /** Ambiguous mismatches the risk's indicator results resolve (see factor-tiebreak). */
  tiebreaks?: readonly TiebreakSuggestion[];
  /** Mismatches that exactly one pair of controls reconciles. */
  exactPairs?: readonly ExactPair[];
  definition: FailureFactorDefinition | null;
  options: { alpha: number; minSampleSize: number; windowDays: number };
  lookups: LinkLookups;
}

/** p-values as people read them: 2 significant digits, scientific below 0.0001. */
export function formatP(p: number): string {
  if (p === 0) return "< 1e-300";
  return p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2)));
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "0%" : `${Math.round((100 * part) / whole)}%`;
}

function pairRow(test: PairTest, q: number, factorToo: boolean, input: LinkInput): LinkRow {
  const { lookups, options } = input;
  const risk = lookups.riskNumber(test.riskId);
  const control = lookups.controlNumber(test.controlId);
  const status = test.recorded ? "confirmed" : "suggested";
  const entityId = lookups.riskEntity(test.riskId);
  const record = test.recorded
    ? "The link is recorded."
    : "The link is not recorded in the risk's mitigating controls: consider recording it.";
  return {
    id: `pair:${test.riskId}:${test.controlId}`, status, evidence: factorToo ? "indicator+failure-factor" : "indicator",
    riskId: test.riskId, controlId: test.controlId, entityId, label: `${risk} ↔ ${control}`, n: test.n, unit: "indicator results",
    effectMeasure: "phi", effect: round(test.phi, 4), p: test.p, q,
    table: { exposed: test.exposed, exposedBad: test.exposedBad, unexposed: test.unexposed, unexposedBad: test.unexposedBad },
    tags: linkTags(status, entityId),
    explanation:
      `In the ${test.exposed} indicator results of ${risk} within ${options.windowDays} days after ${control} failed a test, ` +
      `the indicator failed ${test.exposedBad} times (${percent(test.exposedBad, test.exposed)}); in the other ${test.unexposed} ` +
      `it failed ${test.unexposedBad} times (${percent(test.unexposedBad, test.unexposed)}). φ = ${round(test.phi, 2)}, ` +
      `n = ${test.n}, one-sided Fisher exact p = ${formatP(test.p)}, Benjamini-Hochberg q = ${formatP(q)}. ${record}` +
      (factorToo ? " The risk's control failure factor also points to this control." : ""),
  };
}

function portfolioRow(test: PortfolioTest, q: number): LinkRow {
  const strength = Math.abs(test.effect) >= 0.5 ? "strong" : Math.abs(test.effect) >= 0.3 ? "moderate" : "weak";
  const direction = test.effect > 0 ? "rise together" : "move in opposite directions";
  const symbol = test.measure === "spearman" ? "Spearman ρ" : "φ";
  return {
    id: `portfolio:${test.key}`, status: "portfolio", evidence: "correlation", riskId: null, controlId: null, entityId: null,
    label: test.label, n: test.n, unit: test.unit, effectMeasure: test.measure, effect: round(test.effect, 4), p: test.p, q,
    table: test.table, tags: linkTags("portfolio", null),
    explanation:
      `${test.label}: a ${strength} relationship (${symbol} = ${round(test.effect, 2)} over ${test.n} ${test.unit}); the two ` +
      `${direction}. p = ${formatP(test.p)}, Benjamini-Hochberg q = ${formatP(q)}.`,
  };
}

function factorRow(mismatch: FactorMismatch, input: LinkInput): LinkRow {
  const candidate = mismatch.candidates[0]!;
  const { lookups } = input;
  const risk = lookups.riskNumber(mismatch.riskId);
  const control = lookups.controlNumber(candidate.controlId);
  const entityId = lookups.riskEntity(mismatch.riskId);
  const value =
    input.definition === "test-failure-rate"
      ? `fails ${Math.round(candidate.value * 100)}% of its ${candidate.tests} tests`
      : `is ${candidate.value === 1 ? "non-compliant" : "compliant"}`;
  return {
    id: `pair:${mismatch.riskId}:${candidate.controlId}`, status: "suggested", evidence: "failure-factor",
    riskId: mismatch.riskId, controlId: candidate.controlId, entityId, label: `${risk} ↔ ${control}`, n: candidate.tests,
    unit: "control tests", effectMeasure: "failure-rate", effect: round(candidate.value, 4), p: null, q: null, table: null,
    tags: linkTags("suggested", entityId),
    explanation:
      `${risk}'s control failure factor is ${mismatch.factor}, but its ${mismatch.recordedControls} recorded control` +
      `${mismatch.recordedControls === 1 ? " gives" : "s give"} ${mismatch.recordedFactor}. ${control} (${value}) is the only active ` +
      `control of the risk's entity that makes them agree: it is probably a mitigating control missing from the record. ` +
      `This is an exact reconciliation, not a statistical test.`,
  };
}

function describeValue(candidate: FactorCandidate, input: LinkInput): string {
  return input.definition === "test-failure-rate"
    ? `fails ${Math.round(candidate.value * 100)}% of its ${candidate.tests} tests`
    : `is ${candidate.value === 1 ? "non-compliant" : "compliant"}`;
}

function tiebreakRows(s: TiebreakSuggestion, input: LinkInput): LinkRow[] {
  const { lookups, options } = input;
  const m = s.mismatch;
  const risk = lookups.riskNumber(s.riskId);
  const entityId = lookups.riskEntity(s.riskId);
  const names = s.controls.map((c) => `${lookups.controlNumber(c.controlId)} (${describeValue(c, input)})`);
  const what =
    s.controls.length === 1
      ? `${s.hypotheses} active controls of the risk's entity would each make them agree; of these, ${names[0]} best explains ` +
        `the risk's indicator results`
      : `no single control makes them agree, but ${s.hypotheses} pairs of active controls of the risk's entity do; of these, ` +
        `${names.join(" together with ")} best explain the risk's indicator results`;
  const table = { exposed: s.exposed, exposedBad: s.exposedBad, unexposed: s.unexposed, unexposedBad: s.unexposedBad };
  return s.controls.map((candidate) => ({
    id: `pair:${s.riskId}:${candidate.controlId}`, status: "suggested" as const, evidence: "failure-factor" as const,
    riskId: s.riskId, controlId: candidate.controlId, entityId, label: `${risk} ↔ ${lookups.controlNumber(candidate.controlId)}`,
    n: candidate.tests, unit: "control tests" as const, effectMeasure: "failure-rate" as const, effect: round(candidate.value, 4),
    p: null, q: null, table, confidence: round(s.confidence, 4), tags: linkTags("suggested", entityId),
    explanation:
      `${risk}'s control failure factor is ${m.factor}, but its ${m.recordedControls} recorded control` +
      `${m.recordedControls === 1 ? " gives" : "s give"} ${m.recordedFactor}; ${what}: in the ${s.exposed} of ${s.observations} ` +
      `indicator results within ${options.windowDays} days after ${s.controls.length === 1 ? "it" : "either"} failed a test, ` +
      `the indicator failed ${s.exposedBad} times (${percent(s.exposedBad, s.exposed)}), against ${s.unexposedBad} of the other ` +
      `${s.unexposed} (${percent(s.unexposedBad, s.unexposed)}). Under a model of indicator failures fitted on all risks' recorded ` +
      `controls, this is ${round(Math.exp(Math.min(s.margin, 700)), 1)} times as likely as the next candidate, a ${Math.round(100 * s.confidence)}% ` +
      `share with every reconciling candidate weighted alike. It is probably a mitigating control missing from the record; ` +
      `the reconciliation is exact, the choice between candidates statistical.`,
  }));
}

function exactPairRows({ mismatch: m, controls }: ExactPair, input: LinkInput): LinkRow[] {
  const { lookups } = input;
  const risk = lookups.riskNumber(m.riskId);
  const entityId = lookups.riskEntity(m.riskId);
  const names = controls.map((c) => `${lookups.controlNumber(c.controlId)} (${describeValue(c, input)})`);
  return controls.map((candidate) => ({
    id: `pair:${m.riskId}:${candidate.controlId}`, status: "suggested" as const, evidence: "failure-factor" as const,
    riskId: m.riskId, controlId: candidate.controlId, entityId, label: `${risk} ↔ ${lookups.controlNumber(candidate.controlId)}`,
    n: candidate.tests, unit: "control tests" as const, effectMeasure: "failure-rate" as const, effect: round(candidate.value, 4),
    p: null, q: null, table: null, tags: linkTags("suggested", entityId),
    explanation:
      `${risk}'s control failure factor is ${m.factor}, but its ${m.recordedControls} recorded control` +
      `${m.recordedControls === 1 ? " gives" : "s give"} ${m.recordedFactor}. No single active control of the risk's entity makes ` +
      `them agree, and ${names.join(" together with ")} are the only pair that does: both are probably mitigating controls ` +
      `missing from the record. This is an exact reconciliation, not a statistical test.`,
  }));
}

function linkTags(status: LinkRow["status"], entityId: string | null): string[] {
  return entityId === null ? [`link:${status}`] : [`link:${status}`, `entity:${entityId}`];
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function buildLinkRows(input: LinkInput): { links: LinkRow[]; significant: number } {
  const { pairs, portfolio, options } = input;
  const q = benjaminiHochberg([...pairs.pValues, ...portfolio.map((t) => t.p)]);
  const factorLinks = input.mismatches.filter(
    (m) => m.candidateCount === 1 && (m.candidates[0]?.tests ?? 0) >= options.minSampleSize,
  );
  const factorPairs = new Set(factorLinks.map((m) => `${m.riskId}:${m.candidates[0]!.controlId}`));
  const statistical: LinkRow[] = [];
  for (const test of pairs.retained) {
    const qi = q[test.index] as number;
    if (qi <= options.alpha && test.n >= options.minSampleSize) {
      statistical.push(pairRow(test, qi, factorPairs.has(`${test.riskId}:${test.controlId}`), input));
    }
  }
  portfolio.forEach((test, i) => {
    const qi = q[pairs.pValues.length + i] as number;
    if (qi <= options.alpha && test.n >= options.minSampleSize) statistical.push(portfolioRow(test, qi));
  });
  statistical.sort(
    (a, b) => (a.q as number) - (b.q as number) || (a.p as number) - (b.p as number) ||
      Math.abs(b.effect ?? 0) - Math.abs(a.effect ?? 0) || (a.id < b.id ? -1 : 1),
  );
  const reported = new Set(statistical.map((l) => l.id));
  const suggestions = [...factorLinks.map((m) => factorRow(m, input)), ...(input.tiebreaks ?? []).flatMap((s) => tiebreakRows(s, input)),
    ...(input.exactPairs ?? []).flatMap((p) => exactPairRows(p, input))]
    .filter((l) => !reported.has(l.id) && l.n >= options.minSampleSize)
    .sort((a, b) => (b.confidence ?? 1) - (a.confidence ?? 1) || b.n - a.n || (a.label < b.label ? -1 : 1));
  return { links: [...statistical, ...suggestions], significant: statistical.length };
}
