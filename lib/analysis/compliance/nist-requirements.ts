// The NIST SP 800-53 catalog as a framework of this customer: a catalog control is mapped through
// accepted crosswalk decisions, each linking it to a control or to a citation (whose objectives'
// controls then count), and is assessed by the same rule as a synced requirement.
import { controlsOfCitation, type ControlIndex } from "@/lib/analysis/compliance/control-index";
import type { RequirementResult } from "@/lib/analysis/compliance/compliance-types";
import { frameworkResult, type FrameworkRequirements } from "@/lib/analysis/compliance/framework-rollup";
import type { NistCatalog, NistControl } from "@/lib/analysis/compliance/nist-catalog";
import { assessRequirement } from "@/lib/analysis/compliance/requirement-status";
import type { DsControl } from "@/lib/analysis/dataset/types";

export function nistFramework(
  catalog: NistCatalog,
  requirementControls: readonly NistControl[],
  accepted: readonly { sourceId: string; requirementId: string }[],
  index: ControlIndex,
): FrameworkRequirements {
  const sourcesByRequirement = new Map<string, string[]>();
  for (const a of accepted) {
    const list = sourcesByRequirement.get(a.requirementId);
    if (list) list.push(a.sourceId);
    else sourcesByRequirement.set(a.requirementId, [a.sourceId]);
  }
  const requirements: RequirementResult[] = requirementControls.map((n) => {
    const sources = sourcesByRequirement.get(n.id) ?? [];
    const controls = new Map<string, DsControl>();
    for (const sourceId of sources) {
      const control = index.controlsById.get(sourceId);
      const reached = control ? [control] : controlsOfCitation(index, sourceId).controls;
      for (const c of reached) controls.set(c.id, c);
    }
    return {
      id: n.id, frameworkId: catalog.id, familyId: n.familyId, reference: n.id, name: n.title,
      ...assessRequirement(sources.length, [...controls.values()], index.classOf, "catalog"),
    };
  });
  const families = catalog.families.map((f) => ({ id: f.id, name: f.name, reference: f.id }));
  return { framework: frameworkResult({ id: catalog.id, name: catalog.name, kind: "catalog" }, families, requirements), requirements };
}
