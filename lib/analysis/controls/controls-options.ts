// The tunable parts of the control effectiveness score, and the fixed rules behind its classes.
import { z } from "zod";

/** Test evidence loses half its weight every this many months. */
export const DEFAULT_HALF_LIFE_MONTHS = 24;
/** Days past the expected testing interval before a control counts as overdue. */
export const DEFAULT_OVERDUE_GRACE_DAYS = 30;

export const controlsOptionsSchema = z
  .object({
    halfLifeMonths: z.number().min(1).max(120).default(DEFAULT_HALF_LIFE_MONTHS),
    overdueGraceDays: z.number().int().min(0).max(365).default(DEFAULT_OVERDUE_GRACE_DAYS),
  })
  .strict();

export type ControlsOptions = z.infer<typeof controlsOptionsSchema>;

/** Expected months between tests; a control with no (or an unknown) frequency is held to annual testing. */
export const FREQUENCY_MONTHS: Readonly<Record<string, number>> = { monthly: 1, quarterly: 3, semi_annually: 6, annually: 12 };
export const UNKNOWN_FREQUENCY_MONTHS = 12;

/**
 * Credibility weighting: the score's pass rate counts, besides the control's own tests, this many
 * tests at the baseline pass rate, so two tests cannot swing a score as far as twenty can.
 */
export const BASELINE = { passRate: 0.9, tests: 4 } as const;

/** Score deductions, in points of the 0-100 score. */
export const PENALTY = {
  perOpenIssue: 3,
  openIssuesCap: 9,
  nonCompliantAttestation: 5,
  overdue: 5,
  /** Times the recency-weighted share of failed indicator results. */
  indicatorFailureRate: 20,
} as const;

/** Class thresholds: score on 0-100, Wilson bounds on the 0-1 pass rate. */
export const CLASS_RULE = {
  ineffectiveBelowScore: 60,
  ineffectiveUpperBoundBelow: 0.6,
  effectiveFromScore: 80,
  effectiveLowerBoundFrom: 0.4,
} as const;

export const CLASS_RULE_TEXT =
  `Untested: no control test with a pass or fail outcome. ` +
  `Ineffective: score below ${CLASS_RULE.ineffectiveBelowScore}, or the upper 95% bound of the test pass rate below ` +
  `${Math.round(CLASS_RULE.ineffectiveUpperBoundBelow * 100)}%. ` +
  `Effective: score ${CLASS_RULE.effectiveFromScore} or more and the lower 95% bound of the test pass rate at least ` +
  `${Math.round(CLASS_RULE.effectiveLowerBoundFrom * 100)}% (enough recent passing tests). Needs improvement: every other tested control.`;

export const SCORE_RULE_TEXT =
  `Score = 100 × the recency-weighted test pass rate (a test's weight halves every half-life), counting ` +
  `${BASELINE.tests} extra tests at a ${Math.round(BASELINE.passRate * 100)}% baseline so a few tests cannot swing it to an extreme, minus ` +
  `${PENALTY.perOpenIssue} per open linked issue (at most ${PENALTY.openIssuesCap}), ${PENALTY.nonCompliantAttestation} ` +
  `for a non-compliant attestation, ${PENALTY.overdue} when testing is overdue, and up to ${PENALTY.indicatorFailureRate} ` +
  `for failing indicator results (${PENALTY.indicatorFailureRate} × their recency-weighted failure share), kept within 0-100. ` +
  `The 95% Wilson interval is computed on the weighted pass rate with the effective number of tests (Σw)²/Σw².`;
