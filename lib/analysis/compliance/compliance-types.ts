// The compliance engine's stored result: plain JSON (no Map, Set, Date or NaN).
import type { ComplianceOptions } from "@/lib/analysis/compliance/compliance-options";

/**
 * gap_unmapped: no control in operation addresses the requirement. The other statuses look at
 * the classes (from the controls engine) of the controls in operation that do.
 */
export type RequirementStatus =
  | "gap_unmapped"
  | "only_ineffective"
  | "only_untested"
  | "not_compliant"
  | "partially_compliant"
  | "compliant";

/**
 * Why a requirement is unmapped. not_mapped: no control objective links to the citation (for
 * NIST: no accepted crosswalk mapping); no_control: the linked objectives have no control at
 * all; no_control_in_operation: every linked control is retired, inactive or exempt.
 */
export type GapReason = "not_mapped" | "no_control" | "no_control_in_operation";

export interface RequirementResult {
  /** Citation sys_id, or the NIST control id ("AC-02"). */
  id: string;
  frameworkId: string;
  familyId: string;
  reference: string;
  name: string;
  status: RequirementStatus;
  gapReason: GapReason | null;
  covered: boolean;
  /** Contribution to the compliance percentage: 1 compliant, 0.5 partially compliant, else 0. */
  credit: number;
  /** Linked control objectives (synced frameworks) or accepted crosswalk mappings (NIST). */
  mappings: number;
  /** Every control reached through the mappings, in operation or not. */
  mappedControls: number;
  inOperation: number;
  effective: number;
  needsImprovement: number;
  ineffective: number;
  untested: number;
  /** Controls in operation, ascending, at most CONTROL_ID_LIMIT of them. */
  controlIds: string[];
  explanation: string;
}

export interface RollupCounts {
  requirements: number;
  covered: number;
  compliant: number;
  partiallyCompliant: number;
  unmapped: number;
  onlyIneffective: number;
  onlyUntested: number;
  notCompliant: number;
  /** covered / requirements × 100, one decimal; null without requirements. */
  coveragePct: number | null;
  /** (compliant + ½ partially compliant) / requirements × 100, one decimal; null without requirements. */
  compliancePct: number | null;
}

export interface FamilyResult extends RollupCounts {
  id: string;
  name: string;
  reference: string;
}

export interface FrameworkResult extends RollupCounts {
  id: string;
  name: string;
  /** synced: an authority document from ServiceNow; catalog: the built-in NIST SP 800-53 Rev. 5. */
  kind: "synced" | "catalog";
  families: FamilyResult[];
}

export interface CrosswalkSuggestion {
  sourceId: string;
  sourceType: "control" | "citation";
  sourceLabel: string;
  /** NIST control id, e.g. "AC-02". */
  requirementId: string;
  requirementLabel: string;
  familyId: string;
  /** TF-IDF cosine similarity in [0, 1], four decimals. */
  confidence: number;
  sharedTerms: string[];
  reason: string;
}

export interface CrosswalkResult {
  /** Controls in operation and requirement citations of active documents compared with the catalog. */
  sources: number;
  acceptedMappings: number;
  rejectedPairs: number;
  /** Decisions naming a control, citation or NIST control that is not in this dataset or baseline. */
  ignoredDecisions: number;
  /** Before the maxSuggestions cap. */
  totalSuggestions: number;
  suggestions: CrosswalkSuggestion[];
}

export interface ComplianceResult {
  asOf: number;
  options: ComplianceOptions;
  rule: string;
  /** Synced frameworks by name, then the NIST catalog. */
  frameworks: FrameworkResult[];
  /** Grouped by framework in the order of `frameworks`, then family, then reference. */
  requirements: RequirementResult[];
  crosswalk: CrosswalkResult;
}
