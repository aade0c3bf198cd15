// The stored result of the risk correlation engine: plain JSON, no Map/Date/NaN.
import type { GapKind, GapSeverity } from "./coverage-gaps";
import type { FailureFactorDefinition, FactorCandidate } from "./failure-factor";
import type { PairTable } from "./indicator-links";
import type { HeatMap, ScoredAssessment } from "./risk-scores";
import type { RisksOptions } from "./risks-options";

export interface RiskRow {
  id: string;
  number: string;
  name: string;
  category: string;
  entityId: string | null;
  entityName: string | null;
  inherent: ScoredAssessment;
  residual: ScoredAssessment;
  /** inherent score − residual score, or null when either is missing. */
  reduction: number | null;
  recordedControls: number;
  activeControls: number;
  testedControls: number;
  failingControls: number;
  /** Mean smoothed failure rate (0-1) of the tested active recorded controls. */
  meanFailureRate: number | null;
  gaps: GapKind[];
  severity: GapSeverity | null;
  tags: string[];
  explanation: string;
}

export type LinkStatus = "confirmed" | "suggested" | "portfolio";
export type LinkEvidence = "indicator" | "failure-factor" | "indicator+failure-factor" | "correlation";

export interface LinkRow {
  /** "pair:<riskId>:<controlId>" or "portfolio:<key>". */
  id: string;
  status: LinkStatus;
  evidence: LinkEvidence;
  riskId: string | null;
  controlId: string | null;
  entityId: string | null;
  label: string;
  /** Observations the statistics rest on (never below the minimum sample size). */
  n: number;
  unit: "indicator results" | "risks" | "entities" | "control tests";
  effectMeasure: "phi" | "spearman" | "failure-rate";
  effect: number | null;
  /** Unadjusted p-value, and the Benjamini-Hochberg adjusted one; null for a failure-factor-only suggestion. */
  p: number | null;
  q: number | null;
  table: PairTable | null;
  /** For a suggestion chosen among several reconciling controls: its posterior share (0-1); absent otherwise. */
  confidence?: number;
  tags: string[];
  explanation: string;
}

export interface FactorGapRow {
  riskId: string;
  factor: number;
  recordedFactor: number;
  neededValue: number | null;
  candidates: FactorCandidate[];
  candidateCount: number;
}

export interface RisksResult {
  engineVersion: string;
  asOf: number;
  options: RisksOptions;
  scoreFormula: string;
  correction: string;
  counts: {
    risks: number;
    inactiveRisksExcluded: number;
    inherentScored: number;
    residualScored: number;
    residualAboveInherent: number;
    coverageGaps: number;
    gapsByKind: Record<GapKind, number>;
  };
  meanInherent: number | null;
  meanResidual: number | null;
  /** Dataset-wide failure rate used as the prior of every smoothed control failure rate. */
  priorFailureRate: number;
  heatMaps: { inherent: HeatMap; residual: HeatMap };
  risks: RiskRow[];
  /** Ids of risks with a coverage gap, most severe first. */
  gapOrder: string[];
  failureFactor: {
    definition: FailureFactorDefinition | null;
    definitionText: string | null;
    matchShares: Record<FailureFactorDefinition, number | null>;
    checked: number;
    matched: number;
    mismatches: FactorGapRow[];
  };
  testing: {
    pairTests: number;
    portfolioTests: number;
    risksWithIndicatorResults: number;
    risksBelowMinSample: number;
    pairsWithoutContrast: number;
    significant: number;
  };
  /** Reported links: significant tests, then failure-factor suggestions; strongest first. */
  links: LinkRow[];
}
