// Runs the risk analysis: scores and heat maps, coverage gaps, failure-factor reconciliation and the
// link tests. Retired (inactive) risks are left out: they need no mitigation.
import type { AnalysisDataset, DsControl, DsRisk } from "@/lib/analysis/dataset/types";
import { controlFailureRates } from "./control-failure-rates";
import { GAP_KINDS, assessCoverage, describeCoverage, gapRule, gapSeverity, type GapKind } from "./coverage-gaps";
import { FAILURE_FACTOR_DEFINITIONS, checkFailureFactors, type FactorMismatch } from "./failure-factor";
import { breakFactorTies } from "./factor-tiebreak";
import { indicatorPairTests, riskObservations } from "./indicator-links";
import { CORRECTION, buildLinkRows } from "./link-rows";
import { portfolioTests } from "./portfolio-links";
import { SCORE_FORMULA, buildHeatMap, heatTag, meanScore, scoreAssessment, type ScoredAssessment } from "./risk-scores";
import type { RisksOptions } from "./risks-options";
import type { RiskRow, RisksResult } from "./risks-result";

export const RISKS_ENGINE_VERSION = "1.1.0";

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

function byNumber(a: DsRisk, b: DsRisk): number {
  return a.number.localeCompare(b.number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function describeScore(label: string, s: ScoredAssessment): string {
  return s.score === null ? `${label} not scored` : `${label} ${s.likelihood} × ${s.impact} = ${s.score}`;
}

function describeMismatch(m: FactorMismatch, controlNumber: (id: string) => string): string {
  const base = `Its control failure factor is ${m.factor}, but its recorded controls give ${m.recordedFactor}`;
  if (m.candidateCount === 0) return `${base}; no single active control of its entity explains the difference.`;
  const listed = m.candidates.slice(0, 3).map((c) => controlNumber(c.controlId)).join(", ");
  const more = m.candidateCount > 3 ? ` and ${m.candidateCount - 3} more` : "";
  return `${base}; ${m.candidateCount} active control${m.candidateCount === 1 ? "" : "s"} of its entity would explain it (${listed}${more}).`;
}

export function assessRisks(dataset: AnalysisDataset, options: RisksOptions): RisksResult {
  const rates = controlFailureRates(dataset, options.priorTests);
  const controls = new Map<string, DsControl>(dataset.controls.map((c) => [c.id, c]));
  const entityNames = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const active = dataset.risks.filter((r) => r.active).sort(byNumber);
  const riskById = new Map(active.map((r) => [r.id, r]));
  const controlNumber = (id: string) => controls.get(id)?.number || id;

  const factors = checkFailureFactors(dataset, active, rates, options.minSampleSize);
  const mismatchByRisk = new Map(factors.mismatches.map((m) => [m.riskId, m]));
  const gapsByKind = Object.fromEntries(GAP_KINDS.map((k) => [k, 0])) as Record<GapKind, number>;

  const rows: RiskRow[] = active.map((risk) => {
    const inherent = scoreAssessment(risk.inherent);
    const residual = scoreAssessment(risk.residual);
    const reduction = inherent.score === null || residual.score === null ? null : inherent.score - residual.score;
    const coverage = assessCoverage(risk, controls, rates, options);
    const mismatch = mismatchByRisk.get(risk.id);
    const gaps: GapKind[] = [];
    if (coverage.gap) gaps.push(coverage.gap);
    if (mismatch) gaps.push("unexplained-failure-factor");
    for (const g of gaps) gapsByKind[g]++;
    const severity = gaps.length === 0 ? null : gapSeverity(inherent.score, options.highInherentScore);
    const tags = [heatTag("inherent", inherent), heatTag("residual", residual)].filter((t): t is string => t !== null);
    if (reduction !== null) tags.push(`reduction:${reduction}`);
    for (const g of gaps) tags.push(`gap:${g}`);
    if (severity) tags.push(`severity:${severity}`);
    if (risk.entityId !== null) tags.push(`entity:${risk.entityId}`);
    const change = reduction === null ? "" : reduction >= 0 ? ` (down ${reduction})` : ` (up ${-reduction}: residual above inherent)`;
    const sentences = [`${describeScore("Inherent", inherent)}, ${describeScore("residual", residual).toLowerCase()}${change}.`, describeCoverage(coverage)];
    if (coverage.gap) sentences.push(`Gap (${coverage.gap}): ${gapRule(coverage.gap, options)}`);
    if (mismatch) sentences.push(describeMismatch(mismatch, controlNumber));
    return {
      id: risk.id, number: risk.number, name: risk.name, category: risk.category, entityId: risk.entityId,
      entityName: risk.entityId === null ? null : (entityNames.get(risk.entityId) ?? null), inherent, residual, reduction,
      recordedControls: coverage.recorded, activeControls: coverage.active, testedControls: coverage.tested,
      failingControls: coverage.failing,
      meanFailureRate: coverage.meanFailureRate === null ? null : Math.round(coverage.meanFailureRate * 10000) / 10000,
      gaps, severity, tags, explanation: sentences.join(" "),
    };
  });

  const gapOrder = rows
    .filter((r) => r.severity !== null)
    .sort(
      (a, b) => SEVERITY_RANK[a.severity!] - SEVERITY_RANK[b.severity!] || (b.inherent.score ?? -1) - (a.inherent.score ?? -1) ||
        (b.residual.score ?? -1) - (a.residual.score ?? -1) || a.number.localeCompare(b.number),
    )
    .map((r) => r.id);

  const activeIds = new Set(riskById.keys());
  const series = riskObservations(dataset, activeIds);
  const pairs = indicatorPairTests(dataset, activeIds, series, rates, options);
  const portfolio = portfolioTests(
    dataset,
    rows.map((r) => ({
      id: r.id, entityId: r.entityId, controlIds: riskById.get(r.id)?.controlIds ?? [], inherentScore: r.inherent.score,
      residualScore: r.residual.score, meanFailureRate: r.meanFailureRate,
    })),
    series, rates, options,
  );
  const tiebreaks = breakFactorTies({ mismatches: factors.mismatches, risks: riskById, series, rates, options });
  const { links, significant } = buildLinkRows({
    pairs, portfolio, mismatches: factors.mismatches, tiebreaks: tiebreaks.suggestions, exactPairs: tiebreaks.exactPairs, definition: factors.definition, options,
    lookups: {
      riskNumber: (id) => riskById.get(id)?.number || id,
      riskEntity: (id) => riskById.get(id)?.entityId ?? null,
      controlNumber,
    },
  });

  return {
    engineVersion: RISKS_ENGINE_VERSION, asOf: dataset.asOf, options, scoreFormula: SCORE_FORMULA, correction: CORRECTION,
    counts: {
      risks: rows.length, inactiveRisksExcluded: dataset.risks.length - active.length,
      inherentScored: rows.filter((r) => r.inherent.score !== null).length,
      residualScored: rows.filter((r) => r.residual.score !== null).length,
      residualAboveInherent: rows.filter((r) => r.reduction !== null && r.reduction < 0).length,
      coverageGaps: gapOrder.length, gapsByKind,
    },
    meanInherent: meanScore(rows.map((r) => r.inherent.score)),
    meanResidual: meanScore(rows.map((r) => r.residual.score)),
    priorFailureRate: Math.round(rates.prior * 10000) / 10000,
    heatMaps: { inherent: buildHeatMap("inherent", rows.map((r) => r.inherent)), residual: buildHeatMap("residual", rows.map((r) => r.residual)) },
    risks: rows, gapOrder,
    failureFactor: {
      definition: factors.definition,
      definitionText: factors.definition === null ? null : FAILURE_FACTOR_DEFINITIONS[factors.definition],
      matchShares: factors.matchShares, checked: factors.checked, matched: factors.matched,
      mismatches: factors.mismatches.map(({ riskId, factor, recordedFactor, neededValue, candidates, candidateCount }) => ({
        riskId, factor, recordedFactor, neededValue, candidates, candidateCount,
      })),
    },
    testing: {
      pairTests: pairs.pValues.length, portfolioTests: portfolio.length, risksWithIndicatorResults: pairs.risksWithResults,
      risksBelowMinSample: pairs.risksBelowMinSample, pairsWithoutContrast: pairs.pairsWithoutContrast, significant,
    },
    links,
  };
}
