// Whether a risk's recorded mitigating controls actually mitigate it. The first four kinds form a
// ladder (a risk gets at most one of them); "unexplained-failure-factor" comes from the failure-factor
// reconciliation and can come on top.
import type { DsControl, DsRisk } from "@/lib/analysis/dataset/types";
import type { FailureRates } from "./control-failure-rates";
import type { RisksOptions } from "./risks-options";

export const GAP_KINDS = [
  "no-controls",
  "inactive-controls",
  "untested-controls",
  "failing-controls",
  "unexplained-failure-factor",
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** The rule behind each kind, with the thresholds in force. */
export function gapRule(kind: GapKind, options: Pick<RisksOptions, "failingRate" | "failingShare">): string {
  switch (kind) {
    case "no-controls":
      return "no mitigating control is recorded for the risk.";
    case "inactive-controls":
      return "every recorded control is retired or inactive.";
    case "untested-controls":
      return "none of the active recorded controls has a test with a pass or fail outcome.";
    case "failing-controls":
      return (
        `at least ${Math.round(options.failingShare * 100)}% of the tested active controls are failing ` +
        `(smoothed failure rate ${Math.round(options.failingRate * 100)}% or more).`
      );
    case "unexplained-failure-factor":
      return (
        "the risk's control failure factor does not match its recorded controls under the definition the " +
        "instance's data follows, so a control is probably missing from the record (or recorded in error)."
      );
  }
}

export interface ControlCoverage {
  /** Recorded controls that exist in the dataset. */
  recorded: number;
  active: number;
  /** Active recorded controls with at least one pass or fail outcome. */
  tested: number;
  /** Tested active controls whose smoothed failure rate is at or above the failing rate. */
  failing: number;
  /** Mean smoothed failure rate of the tested active controls, or null when none is tested. */
  meanFailureRate: number | null;
  /** The ladder kind, or null when the controls look adequate. */
  gap: Exclude<GapKind, "unexplained-failure-factor"> | null;
}

export function assessCoverage(
  risk: DsRisk,
  controls: ReadonlyMap<string, DsControl>,
  rates: FailureRates,
  options: Pick<RisksOptions, "failingRate" | "failingShare">,
): ControlCoverage {
  let recorded = 0;
  let active = 0;
  let tested = 0;
  let failing = 0;
  let rateSum = 0;
  for (const id of new Set(risk.controlIds)) {
    const control = controls.get(id);
    if (!control) continue;
    recorded++;
    if (!control.active) continue;
    active++;
    const rate = rates.byControl.get(id)?.smoothedRate ?? null;
    if (rate === null) continue;
    tested++;
    rateSum += rate;
    if (rate >= options.failingRate) failing++;
  }
  const gap =
    recorded === 0
      ? "no-controls"
      : active === 0
        ? "inactive-controls"
        : tested === 0
          ? "untested-controls"
          : failing / tested >= options.failingShare
            ? "failing-controls"
            : null;
  return { recorded, active, tested, failing, meanFailureRate: tested === 0 ? null : rateSum / tested, gap };
}

export type GapSeverity = "high" | "medium" | "low";

/** High at or above the high inherent score, low at 4 or below (e.g. 2 × 2), medium otherwise or unscored. */
export function gapSeverity(inherentScore: number | null, highInherentScore: number): GapSeverity {
  if (inherentScore === null) return "medium";
  if (inherentScore >= highInherentScore) return "high";
  return inherentScore <= 4 ? "low" : "medium";
}

function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** One sentence on the risk's controls, e.g. "3 recorded controls, 2 tested, 1 failing (mean failure rate 34%)." */
export function describeCoverage(c: ControlCoverage): string {
  if (c.recorded === 0) return "No mitigating controls are recorded.";
  const parts = [`${c.recorded} recorded control${c.recorded === 1 ? "" : "s"}`];
  if (c.active < c.recorded) parts.push(`${c.active} active`);
  parts.push(`${c.tested} tested`, `${c.failing} failing`);
  const mean = c.meanFailureRate === null ? "" : ` (mean smoothed failure rate ${percent(c.meanFailureRate)})`;
  return `${parts.join(", ")}${mean}.`;
}
