// How requirements reach controls: citation -> control objectives (sn_compliance_m2m_statement_citation)
// -> controls whose objective it is (sn_compliance_control.content), plus each control's class.
import type { ControlClass } from "@/lib/analysis/controls/assess-controls";
import type { AnalysisDataset, DsControl } from "@/lib/analysis/dataset/types";

export interface ControlIndex {
  controlsById: Map<string, DsControl>;
  classOf: Map<string, ControlClass>;
  controlsByObjective: Map<string, DsControl[]>;
  /** Active objectives only, each once, in dataset order. */
  objectivesByCitation: Map<string, string[]>;
}

export function buildControlIndex(
  dataset: AnalysisDataset,
  assessments: readonly { controlId: string; class: ControlClass }[],
): ControlIndex {
  const controlsById = new Map<string, DsControl>();
  const controlsByObjective = new Map<string, DsControl[]>();
  for (const c of dataset.controls) {
    controlsById.set(c.id, c);
    if (c.objectiveId === null) continue;
    const list = controlsByObjective.get(c.objectiveId);
    if (list) list.push(c);
    else controlsByObjective.set(c.objectiveId, [c]);
  }
  const objectivesByCitation = new Map<string, string[]>();
  for (const o of dataset.objectives) {
    // A retired objective no longer states what its controls are for.
    if (!o.active) continue;
    for (const citationId of new Set(o.citationIds)) {
      const list = objectivesByCitation.get(citationId);
      if (list) list.push(o.id);
      else objectivesByCitation.set(citationId, [o.id]);
    }
  }
  const classOf = new Map<string, ControlClass>();
  for (const a of assessments) classOf.set(a.controlId, a.class);
  return { controlsById, classOf, controlsByObjective, objectivesByCitation };
}

/** The control objectives linked to a citation and every control of those objectives. */
export function controlsOfCitation(index: ControlIndex, citationId: string): { objectives: number; controls: DsControl[] } {
  const objectives = index.objectivesByCitation.get(citationId) ?? [];
  const controls: DsControl[] = [];
  for (const objectiveId of objectives) {
    for (const c of index.controlsByObjective.get(objectiveId) ?? []) controls.push(c);
  }
  return { objectives: objectives.length, controls };
}
