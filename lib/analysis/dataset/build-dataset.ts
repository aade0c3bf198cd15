import type { MappedRecord, SyncTableName } from "@/lib/servicenow/mapping/registry";
import type {
  AnalysisDataset,
  DsControlTest,
  DsIssue,
  DsRisk,
  Millis,
  RiskAssessment,
} from "./types";

/**
 * Mapped records as stored by the sync (sn_records.data): the mapping's output, where dates are
 * Date objects in memory and ISO strings once they went through JSON.
 */
type Stored<N extends SyncTableName> = { [K in keyof MappedRecord<N>]: MappedRecord<N>[K] extends Date | null ? Date | string | null : MappedRecord<N>[K] };
export type DatasetRecords = { [N in SyncTableName]?: Stored<N>[] };

export function toMillis(value: Date | string | null | undefined): Millis {
  if (value === null || value === undefined || value === "") return null;
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

function groupIds<T>(rows: T[], key: (row: T) => string | null, value: (row: T) => string | null): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const k = key(row);
    const v = value(row);
    if (k === null || v === null) continue;
    const list = groups.get(k);
    if (list) list.push(v);
    else groups.set(k, [v]);
  }
  return groups;
}

/**
 * Resolves sn_risk_criteria references to levels 1-5: a criterion's level is its rank by `order`
 * among the criteria of its type, which is how ServiceNow orders the choices on a risk form.
 */
function criteriaLevels(criteria: Stored<"risk_criteria">[]): Map<string, number> {
  const levels = new Map<string, number>();
  const byType = new Map<string, Stored<"risk_criteria">[]>();
  for (const c of criteria) byType.set(c.type ?? "", [...(byType.get(c.type ?? "") ?? []), c]);
  for (const list of byType.values()) {
    list.sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.sysId.localeCompare(b.sysId));
    list.forEach((c, index) => levels.set(c.sysId, Math.min(5, index + 1)));
  }
  return levels;
}

function outcomeOf(effectiveness: string | null): DsControlTest["outcome"] {
  if (effectiveness === "effective") return "pass";
  if (effectiveness === "ineffective") return "fail";
  return null;
}

/** Builds the engines' input from one instance's synced records. Pure; order-independent. */
export function buildDataset(input: { instanceId: string; syncRunId: string; asOf: number; records: DatasetRecords }): AnalysisDataset {
  const r = input.records;
  const level = criteriaLevels(r.risk_criteria ?? []);
  const levelOf = (id: string | null) => (id === null ? null : (level.get(id) ?? null));
  const assessment = (likelihood: string | null, impact: string | null, score: string | null): RiskAssessment => ({
    likelihood: levelOf(likelihood),
    impact: levelOf(impact),
    score: levelOf(score),
  });

  const objectivesByPolicy = groupIds(r.policy_control_objectives ?? [], (m) => m.policyId, (m) => m.controlObjectiveId);
  const policiesByObjective = groupIds(r.policy_control_objectives ?? [], (m) => m.controlObjectiveId, (m) => m.policyId);
  const citationsByObjective = groupIds(r.control_objective_citations ?? [], (m) => m.controlObjectiveId, (m) => m.citationId);
  const itemsByIssue = groupIds(r.issue_items ?? [], (m) => m.issueId, (m) => m.itemId);
  const controlsByRisk = groupIds(r.risk_controls ?? [], (m) => m.riskId, (m) => m.controlId);

  const controlTests: DsControlTest[] = [];
  for (const t of r.control_tests ?? []) {
    if (t.controlId === null) continue;
    controlTests.push({
      id: t.sysId,
      number: t.number ?? "",
      controlId: t.controlId,
      state: t.state ?? "",
      outcome: outcomeOf(t.controlEffectiveness),
      performedAt: toMillis(t.actualEndAt) ?? toMillis(t.performedOn),
      plannedEndAt: toMillis(t.plannedEndAt),
    });
  }
  controlTests.sort(
    (a, b) =>
      (a.controlId < b.controlId ? -1 : a.controlId > b.controlId ? 1 : 0) ||
      (a.performedAt ?? Infinity) - (b.performedAt ?? Infinity) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const issues: DsIssue[] = (r.issues ?? []).map((i) => ({
    id: i.sysId,
    number: i.number ?? "",
    shortDescription: i.shortDescription ?? "",
    entityId: i.entityId,
    state: i.state ?? "",
    active: i.active ?? true,
    priority: i.priority ?? "",
    openedAt: toMillis(i.openedAt),
    closedAt: toMillis(i.closedAt),
    itemIds: itemsByIssue.get(i.sysId) ?? [],
  }));

  const risks: DsRisk[] = (r.risks ?? []).map((k) => ({
    id: k.sysId,
    number: k.number ?? "",
    name: k.name ?? k.shortDescription ?? "",
    category: k.category ?? "",
    entityId: k.entityId,
    ownerId: k.ownerId,
    state: k.state ?? "",
    active: k.active ?? true,
    inherent: assessment(k.likelihoodId, k.impactId, k.scoreId),
    residual: assessment(k.residualLikelihoodId, k.residualImpactId, k.residualScoreId),
    controlIds: controlsByRisk.get(k.sysId) ?? [],
    controlFailureFactor: k.controlFailureFactor,
  }));

  return {
    instanceId: input.instanceId,
    syncRunId: input.syncRunId,
    asOf: input.asOf,
    entities: (r.entities ?? []).map((e) => ({ id: e.sysId, name: e.name ?? "" })),
    policies: (r.policies ?? []).map((p) => ({
      id: p.sysId,
      number: p.number ?? "",
      name: p.name ?? "",
      objectiveIds: objectivesByPolicy.get(p.sysId) ?? [],
    })),
    authorityDocuments: (r.authority_documents ?? []).map((d) => ({
      id: d.sysId,
      number: d.number ?? "",
      name: d.name ?? d.commonName ?? "",
      active: d.active ?? true,
    })),
    citations: (r.citations ?? []).map((c) => ({
      id: c.sysId,
      documentId: c.authorityDocumentId,
      parentId: c.parentId,
      reference: c.reference ?? "",
      name: c.name ?? "",
      description: c.description ?? "",
      type: c.type ?? "",
      active: c.active ?? true,
    })),
    objectives: (r.control_objectives ?? []).map((o) => ({
      id: o.sysId,
      name: o.name ?? "",
      reference: o.reference ?? "",
      description: o.description ?? "",
      active: o.active ?? true,
      citationIds: citationsByObjective.get(o.sysId) ?? [],
      policyIds: policiesByObjective.get(o.sysId) ?? [],
    })),
    controls: (r.controls ?? []).map((c) => ({
      id: c.sysId,
      number: c.number ?? "",
      name: c.name ?? "",
      description: c.description ?? "",
      objectiveId: c.controlObjectiveId,
      entityId: c.entityId,
      ownerId: c.ownerId,
      frequency: c.frequency ?? "",
      state: c.state ?? "",
      status: c.status ?? "",
      active: c.active ?? true,
      keyControl: c.keyControl ?? false,
      exempt: c.exempt ?? false,
      createdAt: toMillis(c.createdAt),
    })),
    controlTests,
    indicators: (r.indicators ?? []).map((i) => ({ id: i.sysId, itemId: i.itemId, active: i.active ?? true })),
    indicatorResults: (r.indicator_results ?? []).flatMap((x) =>
      x.indicatorId === null ? [] : [{ indicatorId: x.indicatorId, passed: x.passed, collectedAt: toMillis(x.collectedAt) }],
    ),
    issues,
    risks,
  };
}
