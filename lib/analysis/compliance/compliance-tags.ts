// The drill-down keys shared by summary chart elements and subject rows.
import type { RequirementResult } from "@/lib/analysis/compliance/compliance-types";

export function frameworkTag(frameworkId: string): string {
  return `framework:${frameworkId}`;
}

export function familyTag(frameworkId: string, familyId: string): string {
  return `framework:${frameworkId}:family:${familyId}`;
}

export function statusTag(frameworkId: string, status: RequirementResult["status"]): string {
  return `framework:${frameworkId}:status:${status}`;
}

export const SUGGESTION_TAG = "crosswalk:suggested";

export function suggestionFamilyTag(familyId: string): string {
  return `crosswalk:family:${familyId}`;
}

export function requirementTags(r: RequirementResult): string[] {
  return [frameworkTag(r.frameworkId), familyTag(r.frameworkId, r.familyId), `status:${r.status}`, statusTag(r.frameworkId, r.status)];
}
