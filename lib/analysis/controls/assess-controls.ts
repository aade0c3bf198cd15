// Scores every control's effectiveness (0-100) from its recency-weighted test results, indicator
// results, open issues, attestation and testing cadence, with a Wilson interval on the pass rate
// and a class whose rule is CLASS_RULE_TEXT.
import type { AnalysisDataset, DsControl } from "@/lib/analysis/dataset/types";
import { AVERAGE_MONTH_MS, DAY_MS, effectiveSampleSize } from "@/lib/analysis/stats/recency";
import { wilsonInterval } from "@/lib/analysis/stats/wilson";
import { describeAssessment } from "./control-explanation";
import { gatherEvidence, type ControlEvidence } from "./control-evidence";
import { linksByObjective, linksOf, type ControlLinks } from "./control-links";
import {
  BASELINE,
  CLASS_RULE,
  FREQUENCY_MONTHS,
  PENALTY,
  UNKNOWN_FREQUENCY_MONTHS,
  controlsOptionsSchema,
  type ControlsOptions,
} from "./controls-options";

export type { ControlsOptions } from "./controls-options";

export type ControlClass = "effective" | "needs_improvement" | "ineffective" | "untested";


export interface ScorePenalties {
  openIssues: number;
  attestation: number;
  overdue: number;
  indicators: number;
}

export interface ControlAssessment {
  controlId: string;
  number: string;
  name: string;
  ownerId: string | null;
  entityId: string | null;
  policyIds: string[];
  frameworkIds: string[];
  keyControl: boolean;
  /** False for exempt, retired or inactive controls: listed, but left out of counts and roll-ups. */
  inScope: boolean;
  frequency: string;
  /** Expected months between tests (annual when the frequency is unknown). */
  intervalMonths: number;
  /** Attestation verdict: compliant, non_compliant, not_applicable or "". */
  attestation: string;
  score: number | null;
  /** 95 % Wilson bounds of the recency-weighted test pass rate (0-1). */
  lower: number | null;
  upper: number | null;
  /** Recency-weighted share of passed tests (0-1). */
  passRate: number | null;
  /** passRate blended with BASELINE.tests tests at BASELINE.passRate: the rate the score starts from (0-1). */
  credibleRate: number | null;
  /** Kish effective number of tests behind passRate. */
  effectiveTests: number;
  class: ControlClass;
  testsWithOutcome: number;
  failures: number;
  lastTestedAt: number | null;
  lastOutcome: "pass" | "fail" | null;
  lastFailedAt: number | null;
  overdue: boolean;
  /** Days past the expected interval (grace not subtracted), when overdue. */
  overdueDays: number | null;
  openIssues: number;
  indicatorResults: number;
  indicatorFailures: number;
  /** Recency-weighted share of failed indicator results (0-1), null without results. */
  indicatorFailureRate: number | null;
  penalties: ScorePenalties;
  explanation: string;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function isInScope(control: DsControl): boolean {
  return control.active && !control.exempt && control.state !== "retired";
}

export function classify(score: number | null, lower: number | null, upper: number | null): ControlClass {
  if (score === null || lower === null || upper === null) return "untested";
  if (score < CLASS_RULE.ineffectiveBelowScore || upper < CLASS_RULE.ineffectiveUpperBoundBelow) return "ineffective";
  if (score >= CLASS_RULE.effectiveFromScore && lower >= CLASS_RULE.effectiveLowerBoundFrom) return "effective";
  return "needs_improvement";
}

/** Overdue when testing is expected and more than interval + grace has passed since the last test (or creation). */
function overdueDaysOf(control: DsControl, lastTestedAt: number | null, intervalMonths: number, asOf: number, graceDays: number): number | null {
  if (!isInScope(control) || control.state === "draft") return null;
  const since = lastTestedAt ?? control.createdAt;
  if (since === null) return null;
  const late = asOf - since - intervalMonths * AVERAGE_MONTH_MS;
  return late > graceDays * DAY_MS ? Math.floor(late / DAY_MS) : null;
}

function assessOne(control: DsControl, evidence: ControlEvidence, links: ControlLinks, asOf: number, options: ControlsOptions): ControlAssessment {
  const tests = evidence.tests.get(control.id);
  const indicators = evidence.indicators.get(control.id);
  const openIssues = evidence.openIssues.get(control.id) ?? 0;
  const intervalMonths = FREQUENCY_MONTHS[control.frequency] ?? UNKNOWN_FREQUENCY_MONTHS;
  const lastTestedAt = tests?.lastAt ?? null;
  const overdueDays = overdueDaysOf(control, lastTestedAt, intervalMonths, asOf, options.overdueGraceDays);
  const indicatorFailureRate = indicators && indicators.sumWeights > 0 ? indicators.sumFailWeights / indicators.sumWeights : null;
  const penalties: ScorePenalties = {
    openIssues: Math.min(PENALTY.openIssuesCap, PENALTY.perOpenIssue * openIssues),
    attestation: control.status === "non_compliant" ? PENALTY.nonCompliantAttestation : 0,
    overdue: overdueDays === null ? 0 : PENALTY.overdue,
    indicators: round(PENALTY.indicatorFailureRate * (indicatorFailureRate ?? 0), 1),
  };
  let score: number | null = null;
  let passRate: number | null = null;
  let credibleRate: number | null = null;
  let effectiveTests = 0;
  let interval: { lower: number; upper: number } | null = null;
  if (tests && tests.sumWeights > 0) {
    passRate = tests.sumPassWeights / tests.sumWeights;
    effectiveTests = effectiveSampleSize(tests.sumWeights, tests.sumSquaredWeights);
    interval = wilsonInterval(passRate, effectiveTests);
    const deducted = penalties.openIssues + penalties.attestation + penalties.overdue + penalties.indicators;
    credibleRate = (tests.sumPassWeights + BASELINE.tests * BASELINE.passRate) / (tests.sumWeights + BASELINE.tests);
    score = round(Math.min(100, Math.max(0, 100 * credibleRate - deducted)), 1);
  }
  const lower = interval === null ? null : round(interval.lower, 4);
  const upper = interval === null ? null : round(interval.upper, 4);
  return {
    controlId: control.id,
    number: control.number,
    name: control.name,
    ownerId: control.ownerId,
    entityId: control.entityId,
    policyIds: links.policyIds,
    frameworkIds: links.frameworkIds,
    keyControl: control.keyControl,
    inScope: isInScope(control),
    frequency: control.frequency,
    intervalMonths,
    attestation: control.status,
    score,
    lower,
    upper,
    passRate: passRate === null ? null : round(passRate, 4),
    credibleRate: credibleRate === null ? null : round(credibleRate, 4),
    effectiveTests: round(effectiveTests, 2),
    class: classify(score, lower, upper),
    testsWithOutcome: tests?.tests ?? 0,
    failures: tests?.failures ?? 0,
    lastTestedAt,
    lastOutcome: tests?.lastOutcome ?? null,
    lastFailedAt: tests?.lastFailedAt ?? null,
    overdue: overdueDays !== null,
    overdueDays,
    openIssues,
    indicatorResults: indicators?.results ?? 0,
    indicatorFailures: indicators?.failures ?? 0,
    indicatorFailureRate: indicatorFailureRate === null ? null : round(indicatorFailureRate, 4),
    penalties,
    explanation: "",
  };
}

/** One assessment per control, in dataset order. Linear in controls, tests, indicator results and issue links. */
export function assessControls(dataset: AnalysisDataset, options?: Partial<ControlsOptions>): ControlAssessment[] {
  const resolved = controlsOptionsSchema.parse(options ?? {});
  const evidence = gatherEvidence(dataset, resolved.halfLifeMonths * AVERAGE_MONTH_MS);
  const links = linksByObjective(dataset);
  return dataset.controls.map((control) => {
    const assessment = assessOne(control, evidence, linksOf(links, control.objectiveId), dataset.asOf, resolved);
    assessment.explanation = describeAssessment(assessment, dataset.asOf, resolved.halfLifeMonths);
    return assessment;
  });
}
