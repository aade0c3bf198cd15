// The input every analysis engine reads: one instance's synced GRC data at one sync, resolved into
// plain values (times as epoch milliseconds, risk levels as 1-5). Built by build-dataset.ts from
// the mapped records of lib/servicenow/mapping, so the simulator, the database and fixtures all
// produce the same shape. Engines never see ServiceNow field names.

/** Epoch milliseconds, or null when ServiceNow left the date empty. */
export type Millis = number | null;

export interface DsEntity {
  id: string;
  name: string;
}

export interface DsPolicy {
  id: string;
  number: string;
  name: string;
  /** Control objectives (policy statements) this policy contains. */
  objectiveIds: string[];
}

export interface DsAuthorityDocument {
  id: string;
  number: string;
  name: string;
  active: boolean;
}

export interface DsCitation {
  id: string;
  documentId: string | null;
  parentId: string | null;
  /** Section reference, e.g. "A.5.1" or "AC-2". */
  reference: string;
  name: string;
  description: string;
  /** ServiceNow citation type; "core_topic" rows are headings, everything else is a requirement. */
  type: string;
  active: boolean;
}

/** A control objective (sn_compliance_policy_statement). */
export interface DsObjective {
  id: string;
  name: string;
  reference: string;
  description: string;
  active: boolean;
  citationIds: string[];
  policyIds: string[];
}

export interface DsControl {
  id: string;
  number: string;
  name: string;
  description: string;
  objectiveId: string | null;
  entityId: string | null;
  ownerId: string | null;
  /** monthly | quarterly | semi_annually | annually | "" (unknown). */
  frequency: string;
  /** Lifecycle: draft, attest, review, monitor, retired. */
  state: string;
  /** Attestation verdict: compliant, non_compliant, not_applicable, or "" before the first one. */
  status: string;
  active: boolean;
  keyControl: boolean;
  exempt: boolean;
  createdAt: Millis;
}

/** A control test; outcome is null while it is open or when it was recorded as "none". */
export interface DsControlTest {
  id: string;
  number: string;
  controlId: string;
  state: string;
  outcome: "pass" | "fail" | null;
  /** When the test finished: actual end date, else performed-on date. */
  performedAt: Millis;
  plannedEndAt: Millis;
}

export interface DsIndicator {
  id: string;
  /** The control or risk the indicator measures (sn_grc_indicator.item). */
  itemId: string | null;
  active: boolean;
}

export interface DsIndicatorResult {
  indicatorId: string;
  passed: boolean | null;
  collectedAt: Millis;
}

export interface DsIssue {
  id: string;
  number: string;
  shortDescription: string;
  entityId: string | null;
  state: string;
  /** Open issues are active; closed ones have closedAt. */
  active: boolean;
  priority: string;
  openedAt: Millis;
  closedAt: Millis;
  /** Controls, risks or other items the issue is linked to (sn_grc_m2m_issue_item). */
  itemIds: string[];
}

/** Inherent or residual assessment on the 1-5 scales of the instance's risk criteria. */
export interface RiskAssessment {
  likelihood: number | null;
  impact: number | null;
  /** The instance's own score level (1-5), when it has one. */
  score: number | null;
}

export interface DsRisk {
  id: string;
  number: string;
  name: string;
  category: string;
  entityId: string | null;
  ownerId: string | null;
  state: string;
  active: boolean;
  inherent: RiskAssessment;
  residual: RiskAssessment;
  /** Mitigating controls recorded in sn_risk_m2m_risk_control. */
  controlIds: string[];
  controlFailureFactor: number | null;
}

export interface AnalysisDataset {
  instanceId: string;
  /** The sync whose data this is. */
  syncRunId: string;
  /** The moment the data describes (the sync's completion), in epoch ms: "now" for every engine. */
  asOf: number;
  entities: DsEntity[];
  policies: DsPolicy[];
  authorityDocuments: DsAuthorityDocument[];
  citations: DsCitation[];
  objectives: DsObjective[];
  controls: DsControl[];
  /** Sorted by controlId, then performedAt (nulls last). */
  controlTests: DsControlTest[];
  indicators: DsIndicator[];
  indicatorResults: DsIndicatorResult[];
  issues: DsIssue[];
  risks: DsRisk[];
}
