// The requirements of each authority document synced from ServiceNow. A requirement is an active
// citation whose type is not "core_topic" (those are headings); its family is the top heading of
// its parent chain. Its controls are those whose objective lists the citation.
import { frameworkResult, type FrameworkRequirements } from "@/lib/analysis/compliance/framework-rollup";
import { compareNatural } from "@/lib/analysis/compliance/natural-order";
import { assessRequirement } from "@/lib/analysis/compliance/requirement-status";
import { controlsOfCitation, type ControlIndex } from "@/lib/analysis/compliance/control-index";
import type { RequirementResult } from "@/lib/analysis/compliance/compliance-types";
import type { AnalysisDataset, DsCitation } from "@/lib/analysis/dataset/types";

/** Family of requirements that sit directly under the document, with no heading above them. */
export const NO_HEADING = { id: "none", name: "No heading", reference: "" };

export function isRequirementCitation(c: DsCitation): boolean {
  return c.active && c.type !== "core_topic";
}

/** The top ancestor of each citation, following parentId; stops at a missing parent or a cycle. */
function rootFinder(citations: ReadonlyMap<string, DsCitation>): (c: DsCitation) => DsCitation {
  const roots = new Map<string, DsCitation>();
  return (start) => {
    const path: DsCitation[] = [];
    const seen = new Set<string>();
    let current = start;
    let root: DsCitation | undefined;
    for (;;) {
      root = roots.get(current.id);
      if (root) break;
      path.push(current);
      seen.add(current.id);
      const parent = current.parentId === null ? undefined : citations.get(current.parentId);
      if (!parent || seen.has(parent.id)) {
        root = current;
        break;
      }
      current = parent;
    }
    for (const c of path) roots.set(c.id, root);
    return root;
  };
}

export function syncedFrameworks(dataset: AnalysisDataset, index: ControlIndex): FrameworkRequirements[] {
  const citations = new Map(dataset.citations.map((c) => [c.id, c]));
  const rootOf = rootFinder(citations);
  const byDocument = new Map<string, DsCitation[]>();
  for (const c of dataset.citations) {
    if (!isRequirementCitation(c) || c.documentId === null) continue;
    const list = byDocument.get(c.documentId);
    if (list) list.push(c);
    else byDocument.set(c.documentId, [c]);
  }
  const documents = dataset.authorityDocuments
    .filter((d) => d.active)
    .sort((a, b) => compareNatural(a.name, b.name) || compareNatural(a.id, b.id));
  return documents.map((doc) => {
    const requirements: RequirementResult[] = [];
    const headings = new Map<string, { id: string; name: string; reference: string }>();
    for (const c of byDocument.get(doc.id) ?? []) {
      const root = rootOf(c);
      const family = root.id === c.id ? NO_HEADING : { id: root.id, name: root.name, reference: root.reference };
      headings.set(family.id, family);
      const { objectives, controls } = controlsOfCitation(index, c.id);
      requirements.push({
        id: c.id, frameworkId: doc.id, familyId: family.id, reference: c.reference, name: c.name,
        ...assessRequirement(objectives, controls, index.classOf, "synced"),
      });
    }
    const families = [...headings.values()].sort(
      (a, b) =>
        Number(a.id === NO_HEADING.id) - Number(b.id === NO_HEADING.id) ||
        compareNatural(a.reference, b.reference) ||
        compareNatural(a.name, b.name) ||
        compareNatural(a.id, b.id),
    );
    const order = new Map(families.map((f, k) => [f.id, k]));
    requirements.sort(
      (a, b) =>
        (order.get(a.familyId) as number) - (order.get(b.familyId) as number) ||
        compareNatural(a.reference, b.reference) ||
        compareNatural(a.id, b.id),
    );
    return { framework: frameworkResult({ id: doc.id, name: doc.name, kind: "synced" }, families, requirements), requirements };
  });
}
