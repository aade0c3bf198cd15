// The planted model behind every control test outcome. Each test fails with probability
//   p = 1 / (1 + exp(-(intercept + Σ coefficient × feature)))
// where every feature except `weak` can be observed in the synced data. Analyses that predict
// control failure should recover these coefficients (and find the weak controls) from the data.
import type { CONTROL_FREQUENCIES } from "../table-defs-grc";

export type Frequency = keyof typeof CONTROL_FREQUENCIES;

export const TESTS_PER_YEAR: Readonly<Record<Frequency, number>> = { monthly: 12, quarterly: 4, semi_annually: 2, annually: 1 };

/** How each feature is measured, in terms of the records an analysis can see. */
export const FEATURE_DEFINITIONS = {
  weak: "1 for a planted weak control, else 0; latent, not stored on any record",
  tests_per_year: "from sn_compliance_control.frequency: monthly 12, quarterly 4, semi_annually 2, annually 1",
  months_since_last_test:
    "months (30.4375 days) between the previous test's actual_end_date and this test's; for the first test in the data, min(months since the control's sys_created_on, one nominal interval)",
  owner_workload: "number of sn_compliance_control rows with the same owner",
  open_issues:
    "sn_grc_issue rows linked to the control through sn_grc_m2m_issue_item with opened_at <= test time < closed_at (closed_at empty = still open)",
  control_age_years: "years (365.25 days) between the control's sys_created_on and the test's actual_end_date",
} as const;

export type FailureFeatures = Record<keyof typeof FEATURE_DEFINITIONS, number>;

export const FAILURE_MODEL = {
  intercept: -2.4,
  coefficients: {
    weak: 2.6,
    tests_per_year: -0.06,
    months_since_last_test: 0.1,
    owner_workload: 0.03,
    open_issues: 0.45,
    control_age_years: -0.15,
  } satisfies Record<keyof FailureFeatures, number>,
} as const;

/** Share of tested controls planted as weak. */
export const WEAK_CONTROL_SHARE = 0.08;

export function failureProbability(features: FailureFeatures): number {
  let logit: number = FAILURE_MODEL.intercept;
  for (const [name, coefficient] of Object.entries(FAILURE_MODEL.coefficients)) {
    logit += coefficient * features[name as keyof FailureFeatures];
  }
  return 1 / (1 + Math.exp(-logit));
}
