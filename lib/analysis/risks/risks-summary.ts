// What the insights page draws for the risk engine, and the key figures for trends and compare.
import { GAP_KINDS, gapRule, type GapKind, type GapSeverity } from "./coverage-gaps";
import type { HeatMap } from "./risk-scores";
import type { RisksOptions } from "./risks-options";
import type { LinkRow, RisksResult } from "./risks-result";

const TOP = 50;
const MAX_SUGGESTED = 200;

export interface GapListRow {
  riskId: string;
  number: string;
  name: string;
  entityName: string | null;
  gaps: GapKind[];
  severity: GapSeverity;
  inherentScore: number | null;
  residualScore: number | null;
  tags: string[];
  explanation: string;
}

export interface RisksSummary {
  engineVersion: string;
  asOf: number;
  options: RisksOptions;
  scoreFormula: string;
  correction: string;
  keyFigures: Record<string, number>;
  counts: RisksResult["counts"];
  meanInherent: number | null;
  meanResidual: number | null;
  priorFailureRate: number;
  heatMaps: { inherent: HeatMap; residual: HeatMap };
  /** Risks by how far the residual score is below the inherent one; tag "reduction:<n>". */
  reductionBars: { reduction: number; count: number; tag: string }[];
  gapsByKind: { kind: GapKind; count: number; tag: string; rule: string }[];
  topGaps: GapListRow[];
  /** The strongest significant links (pair and portfolio), with their statistics. */
  topLinks: LinkRow[];
  /** Links the data points to that are not recorded, most evidence first (at most 200; the total beside). */
  suggestedLinks: LinkRow[];
  suggestedLinksTotal: number;
  failureFactor: Omit<RisksResult["failureFactor"], "mismatches"> & { mismatched: number };
  testing: RisksResult["testing"];
}

export function risksKeyFigures(result: RisksResult): Record<string, number> {
  const figures: Record<string, number> = {
    risks: result.counts.risks,
    coverageGaps: result.counts.coverageGaps,
    highSeverityGaps: result.risks.filter((r) => r.severity === "high").length,
    significantLinks: result.testing.significant,
    suggestedLinks: result.links.filter((l) => l.status === "suggested").length,
    unexplainedFailureFactors: result.failureFactor.mismatches.length,
  };
  if (result.meanInherent !== null) figures.meanInherent = result.meanInherent;
  if (result.meanResidual !== null) figures.meanResidual = result.meanResidual;
  return figures;
}

export function summarizeRisks(result: RisksResult): RisksSummary {
  const byId = new Map(result.risks.map((r) => [r.id, r]));
  const reductions = new Map<number, number>();
  for (const r of result.risks) if (r.reduction !== null) reductions.set(r.reduction, (reductions.get(r.reduction) ?? 0) + 1);
  const suggested = result.links.filter((l) => l.status === "suggested");
  const { mismatches, ...failureFactor } = result.failureFactor;
  return {
    engineVersion: result.engineVersion,
    asOf: result.asOf,
    options: result.options,
    scoreFormula: result.scoreFormula,
    correction: result.correction,
    keyFigures: risksKeyFigures(result),
    counts: result.counts,
    meanInherent: result.meanInherent,
    meanResidual: result.meanResidual,
    priorFailureRate: result.priorFailureRate,
    heatMaps: result.heatMaps,
    reductionBars: [...reductions]
      .sort(([a], [b]) => a - b)
      .map(([reduction, count]) => ({ reduction, count, tag: `reduction:${reduction}` })),
    gapsByKind: GAP_KINDS.map((kind) => ({
      kind, count: result.counts.gapsByKind[kind], tag: `gap:${kind}`, rule: gapRule(kind, result.options),
    })),
    topGaps: result.gapOrder.slice(0, TOP).flatMap((id) => {
      const r = byId.get(id);
      if (!r || r.severity === null) return [];
      return [{
        riskId: r.id, number: r.number, name: r.name, entityName: r.entityName, gaps: r.gaps, severity: r.severity,
        inherentScore: r.inherent.score, residualScore: r.residual.score, tags: r.tags, explanation: r.explanation,
      }];
    }),
    topLinks: result.links.filter((l) => l.q !== null).slice(0, TOP),
    suggestedLinks: suggested.slice(0, MAX_SUGGESTED),
    suggestedLinksTotal: suggested.length,
    failureFactor: { ...failureFactor, mismatched: mismatches.length },
    testing: result.testing,
  };
}
