// The compliance gap engine: coverage and compliance of every synced framework and of the built-in
// NIST SP 800-53 Rev. 5 catalog, per framework and family, plus crosswalk suggestions onto NIST.
// The rule is REQUIREMENT_RULE (requirement-status.ts).
import { complianceFindings } from "@/lib/analysis/compliance/compliance-findings";
import {
  complianceOptionsSchema,
  type ComplianceContext,
  type ComplianceOptions,
} from "@/lib/analysis/compliance/compliance-options";
import { complianceReport } from "@/lib/analysis/compliance/compliance-report";
import {
  complianceKeyFigures,
  complianceSubjects,
  summarizeCompliance,
  type ComplianceSummary,
} from "@/lib/analysis/compliance/compliance-summary";
import type { ComplianceResult } from "@/lib/analysis/compliance/compliance-types";
import { runCompliance } from "@/lib/analysis/compliance/run-compliance";
import type { AnalysisEngine } from "@/lib/analysis/engine";

export const complianceEngine: AnalysisEngine<ComplianceOptions, ComplianceContext, ComplianceResult, ComplianceSummary> = {
  id: "compliance",
  version: "1.0.0",
  label: "Compliance gaps",
  options: complianceOptionsSchema,
  run: runCompliance,
  summarize: summarizeCompliance,
  keyFigures: complianceKeyFigures,
  subjects: complianceSubjects,
  findings: complianceFindings,
  toReport: complianceReport,
};
