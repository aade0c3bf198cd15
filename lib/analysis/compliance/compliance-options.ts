import { z } from "zod";
import { NIST_BASELINES } from "@/lib/analysis/compliance/nist-catalog";

/** Families where an unmapped requirement is a high-severity finding, matched on family name or code. */
export const DEFAULT_PRIORITY_FAMILIES = [
  "Access Control",
  "Identification and Authentication",
  "Audit and Accountability",
  "Configuration Management",
  "Incident Response",
  "System and Communications Protection",
  "System and Information Integrity",
];

export const complianceOptionsSchema = z
  .object({
    /** Which NIST SP 800-53 controls count as requirements; "all" is every baseline-selected control. */
    nistBaseline: z.enum(["all", ...NIST_BASELINES]).default("all"),
    /** A framework below this compliance percentage is a finding. */
    complianceThresholdPct: z.number().min(0).max(100).default(80),
    priorityFamilies: z.array(z.string().min(1).max(200)).max(200).default(DEFAULT_PRIORITY_FAMILIES),
    /** Crosswalk suggestions need at least this cosine similarity. */
    minConfidence: z.number().min(0).max(1).default(0.3),
    suggestionsPerSource: z.number().int().min(1).max(10).default(3),
    /** Suggestions kept in the result, best first. */
    maxSuggestions: z.number().int().min(0).max(100_000).default(10_000),
  })
  .strict();

export type ComplianceOptions = z.infer<typeof complianceOptionsSchema>;

export interface CrosswalkDecision {
  sourceId: string;
  requirementId: string;
  decision: "accepted" | "rejected";
}

export interface ComplianceContext {
  crosswalkDecisions: CrosswalkDecision[];
}
