// The predictors of a control test failing, in the column order of every feature matrix, with the
// rule that measures each one and the words that explain it to a GRC lead.

export const FEATURE_NAMES = [
  "past_failure_rate",
  "months_since_last_test",
  "tests_per_year",
  "owner_workload",
  "open_issues",
  "control_age_years",
  "linked_risk_score",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export const FEATURE_COUNT = FEATURE_NAMES.length;

export const FEATURE_LABELS: Record<FeatureName, string> = {
  past_failure_rate: "Past failure rate",
  months_since_last_test: "Months since last test",
  tests_per_year: "Test frequency (tests a year)",
  owner_workload: "Owner workload (controls)",
  open_issues: "Open issues",
  control_age_years: "Control age (years)",
  linked_risk_score: "Highest linked risk score",
};

export const FEATURE_DEFINITIONS: Record<FeatureName, string> = {
  past_failure_rate:
    "failed tests ÷ tests of the control before this one, smoothed toward the training failure rate: (failures + k × prior) ÷ (tests + k)",
  months_since_last_test:
    "months (30.4375 days) since the control's previous test; for its first test, months since it was created, at most one scheduled interval",
  tests_per_year: "from the control's frequency: monthly 12, quarterly 4, semi-annually 2, annually 1 (unknown counts as quarterly)",
  owner_workload: "number of controls with the same owner (0 without an owner)",
  open_issues: "issues linked to the control that were open at test time (opened at or before it, closed after it or still open)",
  control_age_years: "years (365.25 days) since the control was created (since its first test when the creation date is unknown)",
  linked_risk_score: "highest inherent score level (1-5) of the risks the control mitigates (0 when it mitigates none)",
};

/** Pseudo-tests of smoothing: a control with no history gets the prior failure rate. */
export const SMOOTHING_WEIGHT = 4;

/** Tests a year for each ServiceNow control frequency. */
export const TESTS_PER_YEAR: Readonly<Record<string, number>> = { monthly: 12, quarterly: 4, semi_annually: 2, annually: 1 };
export const UNKNOWN_FREQUENCY_TESTS_PER_YEAR = 4;

export const DAY_MS = 86_400_000;
export const MONTH_MS = 30.4375 * DAY_MS;
export const YEAR_MS = 365.25 * DAY_MS;

export interface Smoothing {
  priorRate: number;
  weight: number;
}

export function smoothedRate(failures: number, tests: number, smoothing: Smoothing): number {
  return (failures + smoothing.weight * smoothing.priorRate) / (tests + smoothing.weight);
}

/** What a feature value says, in words: "3 open issues", "failed 4 of its 9 earlier tests". */
export function describeFeature(name: FeatureName, value: number, history: { failures: number; tests: number }): string {
  switch (name) {
    case "past_failure_rate":
      return history.tests === 0
        ? "no earlier tests"
        : `failed ${history.failures} of its ${history.tests} earlier test${history.tests === 1 ? "" : "s"}`;
    case "months_since_last_test":
      return `${value.toFixed(1)} months since the previous test`;
    case "tests_per_year":
      return `tested ${plural(value, "time")} a year`;
    case "owner_workload":
      return value === 0 ? "no owner" : `owner has ${plural(value, "control")}`;
    case "open_issues":
      return `${plural(value, "open issue")}`;
    case "control_age_years":
      return `control is ${value.toFixed(1)} years old`;
    case "linked_risk_score":
      return value === 0 ? "mitigates no scored risk" : `mitigates a risk scored ${value} of 5`;
  }
}

function plural(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}
