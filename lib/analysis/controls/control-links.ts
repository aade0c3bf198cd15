// Resolves the policies and frameworks a control rolls up to: control → objective → policies, and
// objective → citations → authority documents (frameworks).
import type { AnalysisDataset } from "@/lib/analysis/dataset/types";

export interface ControlLinks {
  policyIds: string[];
  frameworkIds: string[];
}

const NO_LINKS: ControlLinks = { policyIds: [], frameworkIds: [] };

/** Links per objective id, each list deduplicated and sorted so results are stable. */
export function linksByObjective(dataset: AnalysisDataset): Map<string, ControlLinks> {
  const documentOfCitation = new Map<string, string>();
  for (const citation of dataset.citations) {
    if (citation.documentId !== null) documentOfCitation.set(citation.id, citation.documentId);
  }
  const links = new Map<string, ControlLinks>();
  for (const objective of dataset.objectives) {
    const frameworks = new Set<string>();
    for (const citationId of objective.citationIds) {
      const documentId = documentOfCitation.get(citationId);
      if (documentId !== undefined) frameworks.add(documentId);
    }
    links.set(objective.id, { policyIds: [...new Set(objective.policyIds)].sort(), frameworkIds: [...frameworks].sort() });
  }
  return links;
}

export function linksOf(links: Map<string, ControlLinks>, objectiveId: string | null): ControlLinks {
  return (objectiveId === null ? undefined : links.get(objectiveId)) ?? NO_LINKS;
}
