import { defineTable } from "../define-table";
import { sn } from "../fields";

export const authorityDocuments = defineTable({
  name: "authority_documents",
  table: "sn_compliance_authority_document",
  shape: {
    number: sn.text,
    name: sn.text,
    common_name: sn.text,
    source: sn.text,
    source_id: sn.text,
    version: sn.text,
    category: sn.text,
    type: sn.choice,
    url: sn.text,
    valid_from: sn.dateTime,
    valid_to: sn.dateTime,
    description: sn.text,
    active: sn.boolean,
  },
  toProduct: (r) => ({
    number: r.number,
    name: r.name,
    commonName: r.common_name,
    source: r.source,
    sourceId: r.source_id,
    version: r.version,
    category: r.category,
    type: r.type,
    url: r.url,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    description: r.description,
    active: r.active,
  }),
});

// The authority-document column is labelled "Authority document"; `document` is the likely name
// (UNCERTAIN in servicenow-table-api.md §9.1). An instance without it simply leaves it null.
export const citations = defineTable({
  name: "citations",
  table: "sn_compliance_citation",
  shape: {
    name: sn.text,
    reference: sn.text,
    document: sn.reference,
    parent: sn.reference,
    source: sn.text,
    source_id: sn.text,
    type: sn.choice,
    description: sn.text,
    active: sn.boolean,
  },
  toProduct: (r) => ({
    name: r.name,
    reference: r.reference,
    authorityDocumentId: r.document,
    parentId: r.parent,
    source: r.source,
    sourceId: r.source_id,
    type: r.type,
    description: r.description,
    active: r.active,
  }),
});

// policy_text (HTML, often large) is not requested: no analysis reads it.
export const policies = defineTable({
  name: "policies",
  table: "sn_compliance_policy",
  shape: {
    number: sn.text,
    name: sn.text,
    type: sn.choice,
    state: sn.choice,
    owner: sn.reference,
    owning_group: sn.reference,
    parent: sn.reference,
    policy_category: sn.text,
    valid_from: sn.dateTime,
    valid_to: sn.dateTime,
    compliance_score: sn.number,
    description: sn.text,
    active: sn.boolean,
  },
  toProduct: (r) => ({
    number: r.number,
    name: r.name,
    type: r.type,
    state: r.state,
    ownerId: r.owner,
    owningGroupId: r.owning_group,
    parentId: r.parent,
    category: r.policy_category,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    complianceScore: r.compliance_score,
    description: r.description,
    active: r.active,
  }),
});

// ServiceNow calls control objectives policy statements; they have no number.
export const controlObjectives = defineTable({
  name: "control_objectives",
  table: "sn_compliance_policy_statement",
  shape: {
    name: sn.text,
    reference: sn.text,
    source: sn.text,
    source_id: sn.text,
    parent: sn.reference,
    category: sn.text,
    classification: sn.choice,
    type: sn.text,
    state: sn.choice,
    authority_section: sn.text,
    compliance_score: sn.number,
    description: sn.text,
    active: sn.boolean,
  },
  toProduct: (r) => ({
    name: r.name,
    reference: r.reference,
    source: r.source,
    sourceId: r.source_id,
    parentId: r.parent,
    category: r.category,
    classification: r.classification,
    type: r.type,
    state: r.state,
    authoritySection: r.authority_section,
    complianceScore: r.compliance_score,
    description: r.description,
    active: r.active,
  }),
});

// The link is `document` (the policy) and `content` (the objective); there is no `policy` column.
export const policyControlObjectives = defineTable({
  name: "policy_control_objectives",
  table: "sn_compliance_m2m_policy_policy_statement",
  shape: { document: sn.requiredReference, content: sn.requiredReference },
  toProduct: (r) => ({ policyId: r.document, controlObjectiveId: r.content }),
});

// Column names follow the platform's m2m convention (named after the tables); UNCERTAIN in the doc.
export const controlObjectiveCitations = defineTable({
  name: "control_objective_citations",
  table: "sn_compliance_m2m_statement_citation",
  shape: { sn_compliance_policy_statement: sn.requiredReference, sn_compliance_citation: sn.requiredReference },
  toProduct: (r) => ({ controlObjectiveId: r.sn_compliance_policy_statement, citationId: r.sn_compliance_citation }),
});
