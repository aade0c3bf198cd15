// The rule that turns the controls behind a requirement into its status and compliance credit.
import type { GapReason, RequirementResult, RequirementStatus } from "@/lib/analysis/compliance/compliance-types";
import { isInScope, type ControlClass } from "@/lib/analysis/controls/assess-controls";
import type { DsControl } from "@/lib/analysis/dataset/types";
import { plural } from "@/lib/analysis/text/plural";

export const CONTROL_ID_LIMIT = 5;

export const REQUIREMENT_RULE =
  "A requirement is covered when at least one mapped control is in operation (active, not exempt, not retired). " +
  "It is compliant when at least one of those controls is classed effective by the controls engine, and " +
  "partially compliant (counted as half) when none is effective but at least one needs improvement. " +
  "Compliance % = (compliant + ½ × partially compliant) / requirements; coverage % = covered / requirements.";

export type RequirementAssessment = Pick<
  RequirementResult,
  | "status"
  | "gapReason"
  | "covered"
  | "credit"
  | "mappings"
  | "mappedControls"
  | "inOperation"
  | "effective"
  | "needsImprovement"
  | "ineffective"
  | "untested"
  | "controlIds"
  | "explanation"
>;


const RULE_SENTENCE: Record<Exclude<RequirementStatus, "gap_unmapped">, string> = {
  compliant: "Compliant: at least one of them is effective.",
  partially_compliant: "Partially compliant (counts half): none is effective, but at least one only needs improvement.",
  only_ineffective: "Not compliant: every one of them is ineffective.",
  only_untested: "Not compliant: none of them has a test result, so nothing shows the requirement is met.",
  not_compliant: "Not compliant: each of them is either ineffective or untested.",
};

function gapExplanation(reason: GapReason, mappings: number, mapped: number, kind: "synced" | "catalog"): string {
  const links = kind === "synced" ? plural(mappings, "control objective") : plural(mappings, "accepted crosswalk mapping");
  switch (reason) {
    case "not_mapped":
      return kind === "synced"
        ? "No control objective is mapped to this citation, so no control addresses it."
        : "No accepted crosswalk mapping links this requirement to a control or to a citation with controls.";
    case "no_control":
      return `Mapped through ${links}, but none of them has a control.`;
    case "no_control_in_operation":
      return `Mapped through ${links} to ${plural(mapped, "control")}, all retired, inactive or exempt.`;
  }
}

/**
 * Status of one requirement. `controls` are the distinct controls reached through `mappings`
 * links (objectives or accepted crosswalk mappings); a control without an assessment is untested.
 */
export function assessRequirement(
  mappings: number,
  controls: readonly DsControl[],
  classOf: ReadonlyMap<string, ControlClass>,
  kind: "synced" | "catalog",
): RequirementAssessment {
  const counts: Record<ControlClass, number> = { effective: 0, needs_improvement: 0, ineffective: 0, untested: 0 };
  let inOperation = 0;
  // The smallest ids, kept sorted: a requirement can reach thousands of controls.
  const ids: string[] = [];
  for (const c of controls) {
    if (!isInScope(c)) continue;
    counts[classOf.get(c.id) ?? "untested"]++;
    inOperation++;
    if (ids.length === CONTROL_ID_LIMIT && c.id >= (ids[CONTROL_ID_LIMIT - 1] as string)) continue;
    let k = ids.length;
    while (k > 0 && (ids[k - 1] as string) > c.id) k--;
    ids.splice(k, 0, c.id);
    if (ids.length > CONTROL_ID_LIMIT) ids.pop();
  }
  const base = {
    mappings,
    mappedControls: controls.length,
    inOperation,
    effective: counts.effective,
    needsImprovement: counts.needs_improvement,
    ineffective: counts.ineffective,
    untested: counts.untested,
    controlIds: ids,
  };
  if (inOperation === 0) {
    const gapReason: GapReason = mappings === 0 ? "not_mapped" : controls.length === 0 ? "no_control" : "no_control_in_operation";
    return {
      ...base, status: "gap_unmapped", gapReason, covered: false, credit: 0,
      explanation: gapExplanation(gapReason, mappings, controls.length, kind),
    };
  }
  const status: RequirementStatus =
    counts.effective > 0 ? "compliant"
    : counts.needs_improvement > 0 ? "partially_compliant"
    : counts.untested === 0 ? "only_ineffective"
    : counts.ineffective === 0 ? "only_untested"
    : "not_compliant";
  const credit = status === "compliant" ? 1 : status === "partially_compliant" ? 0.5 : 0;
  const parts = [
    [counts.effective, "effective"], [counts.needs_improvement, "needing improvement"],
    [counts.ineffective, "ineffective"], [counts.untested, "untested"],
  ].filter(([n]) => (n as number) > 0).map(([n, label]) => `${n} ${label}`);
  return {
    ...base, status, gapReason: null, covered: true, credit,
    explanation: `${plural(inOperation, "control")} in operation (${parts.join(", ")}). ${RULE_SENTENCE[status]}`,
  };
}
