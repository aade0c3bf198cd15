// GRC/IRM tables (doc §9). Choice values are the stored codes; "UNCERTAIN" marks names or values the
// reference doc could not confirm, chosen by the platform's conventions.
import { TABLES, defineTable, f, type TableDef } from "./table-schema";

export const CONTROL_STATES = { draft: "Draft", attest: "Attest", review: "Review", monitor: "Monitor", retired: "Retired" };
export const CONTROL_STATUSES = { compliant: "Compliant", non_compliant: "Non-compliant", not_applicable: "Not applicable" }; // values UNCERTAIN
// UNCERTAIN: the doc calls `frequency` "reporting only" without listing its values.
export const CONTROL_FREQUENCIES = { monthly: "Monthly", quarterly: "Quarterly", semi_annually: "Semi-annually", annually: "Annually" };
export const CLASSIFICATIONS = { preventive: "Preventive", detective: "Detective", corrective: "Corrective" };
export const RISK_STATES = { draft: "Draft", assess: "Assess", review: "Review", respond: "Respond", monitor: "Monitor", retired: "Retired" };
// UNCERTAIN: on real instances risk category points at sn_grc_choice; the simulator stores codes.
export const RISK_CATEGORIES = {
  legal: "Legal", financial: "Financial", operational: "Operational", reputational: "Reputational",
  legal_regulatory: "Legal/Regulatory", credit: "Credit", market: "Market", it: "IT",
};
export const ISSUE_STATES = { "1": "New", "2": "Analyze", "5": "Respond", "0": "Review", "3": "Closed Complete", "4": "Closed Incomplete" };
// UNCERTAIN: labels from the doc, codes by convention.
export const ISSUE_TYPES = {
  control_design_failure: "Control design effectiveness failure",
  control_operative_failure: "Control operative effectiveness failure",
  control_does_not_exist: "Control does not exist",
  non_compliance_regulation: "Non-compliance to regulation",
  non_compliance_policy: "Non-compliance to policy",
  observation: "Observation",
  risk_issue: "Risk issue",
  other: "Other",
};
// UNCERTAIN: task-style integers; the doc gives only the labels.
export const CONTROL_TEST_STATES = {
  "1": "Open", "2": "Work in Progress", "10": "Review", "3": "Closed Complete", "4": "Closed Incomplete", "7": "Closed Skipped",
};
export const EFFECTIVENESS = { none: "None", effective: "Effective", ineffective: "Ineffective" };

export const GRC_TABLE_DEFS: readonly TableDef[] = [
  defineTable(TABLES.profile, "Entity", "name", {
    name: f.str(), profile_class: f.ref(TABLES.profileClass), owned_by: f.ref(TABLES.user),
    description: f.str(), compliance_score: f.dec(), active: f.bool("true"),
  }),
  // Number prefix UNCERTAIN ("AD"); `type` codes UNCERTAIN (the doc lists labels only).
  defineTable(TABLES.authorityDocument, "Authority Document", "name", {
    name: f.str(), source: f.str(), source_id: f.str(), version: f.str(), common_name: f.str(), category: f.str(),
    type: f.choice({
      regulation: "Regulation of Statute", standard: "International or National Standard",
      best_practice: "Best Practice Guideline", contractual: "Contractual Obligation",
    }),
    url: f.str(), valid_from: f.date(), valid_to: f.date(), description: f.str(), active: f.bool("true"),
  }, { numberPrefix: "AD" }),
  // `document` (the authority document) is UNCERTAIN in the doc; `type` codes UNCERTAIN.
  defineTable(TABLES.citation, "Citation", "name", {
    name: f.str(), reference: f.str(), document: f.ref(TABLES.authorityDocument), source: f.str(), source_id: f.str(),
    type: f.choice({
      core_topic: "Core Topic", process: "Process", control_objective: "Control Objective", control: "Control",
      supporting_information: "Supporting information",
    }),
    parent: f.ref(TABLES.citation), active: f.bool("true"), description: f.str(),
  }),
  defineTable(TABLES.policy, "Policy", "name", {
    name: f.str(),
    type: f.choice({
      policy: "Policy", procedure: "Procedure", standard: "Standard", plan: "Plan", checklist: "Checklist",
      framework: "Framework", template: "Template",
    }, "policy"),
    state: f.choice({ draft: "Draft", review: "Review", awaiting_approval: "Awaiting Approval", published: "Published", retired: "Retired" }, "draft"),
    owner: f.ref(TABLES.user), owning_group: f.ref(TABLES.group), parent: f.ref(TABLES.policy), policy_category: f.str(),
    valid_from: f.date(), valid_to: f.date(), approvers: f.str(), reviewers: f.str(), policy_text: f.str(),
    approval_method: f.str(), compliance_score: f.dec(), description: f.str(), active: f.bool("true"),
  }, { numberPrefix: "POL" }),
  // Control objective; it has no number (doc §9.1).
  defineTable(TABLES.policyStatement, "Control Objective", "name", {
    name: f.str(), reference: f.str(), source: f.str(), source_id: f.str(), parent: f.ref(TABLES.policyStatement),
    category: f.str(), classification: f.choice(CLASSIFICATIONS), type: f.str(),
    state: f.choice({ draft: "Draft", review: "Review", approved: "Approved", published: "Published", retired: "Retired" }, "draft"),
    authority_section: f.str(), compliance_score: f.dec(), owning_groups: f.str(), active: f.bool("true"), description: f.str(),
  }),
  defineTable(TABLES.policyToStatement, "Policy to Control Objective", "sys_id", {
    document: f.ref(TABLES.policy), content: f.ref(TABLES.policyStatement),
  }),
  // Column names UNCERTAIN: named after the tables, the platform's m2m convention.
  defineTable(TABLES.statementToCitation, "Control Objective to Citation", "sys_id", {
    sn_compliance_policy_statement: f.ref(TABLES.policyStatement), sn_compliance_citation: f.ref(TABLES.citation),
  }),
  defineTable(TABLES.control, "Control", "name", {
    name: f.str(), description: f.str(), content: f.ref(TABLES.policyStatement), profile: f.ref(TABLES.profile),
    owner: f.ref(TABLES.user), owning_group: f.ref(TABLES.group), key_control: f.bool(), weighting: f.int(),
    exempt: f.bool(), enforcement: f.choice({ mandated: "Mandated", voluntary: "Voluntary" }, "mandated"),
    category: f.str(), type: f.str(), classification: f.choice(CLASSIFICATIONS), frequency: f.choice(CONTROL_FREQUENCIES),
    assessment_method: f.str(), failed_indicators: f.int("0"), passed_indicators: f.int("0"),
    state: f.choice(CONTROL_STATES, "draft"), status: f.choice(CONTROL_STATUSES), active: f.bool("true"),
    supplemental_guidance: f.str(), implementation_statement: f.str(),
  }, { numberPrefix: "CTRL" }),
  defineTable(TABLES.riskDefinition, "Risk Statement", "name", {
    name: f.str(), description: f.str(), category: f.choice(RISK_CATEGORIES), impact: f.ref(TABLES.riskCriteria),
    likelihood: f.ref(TABLES.riskCriteria), default_inherent_sle: f.dec(), default_inherent_aro: f.dec(), active: f.bool("true"),
  }),
  // impact … residual_score point at sn_risk_criteria; the *_factor columns are percentages.
  defineTable(TABLES.risk, "Risk", "name", {
    name: f.str(), statement: f.ref(TABLES.riskDefinition), short_description: f.str(), description: f.str(),
    profile: f.ref(TABLES.profile), owner: f.ref(TABLES.user), owning_group: f.ref(TABLES.group),
    category: f.choice(RISK_CATEGORIES), state: f.choice(RISK_STATES, "draft"), active: f.bool("true"),
    response: f.choice({ accept: "Accept", avoid: "Avoid", mitigate: "Mitigate", transfer: "Transfer" }),
    impact: f.ref(TABLES.riskCriteria), likelihood: f.ref(TABLES.riskCriteria), score: f.ref(TABLES.riskCriteria),
    residual_impact: f.ref(TABLES.riskCriteria), residual_likelihood: f.ref(TABLES.riskCriteria),
    residual_score: f.ref(TABLES.riskCriteria), inherent_sle: f.dec(), inherent_aro: f.dec(), inherent_ale: f.dec(),
    residual_sle: f.dec(), residual_aro: f.dec(), residual_ale: f.dec(), control_failure_factor: f.dec(),
    indicator_failure_factor: f.dec(), calculated_risk_factor: f.dec(),
  }, { numberPrefix: "RK" }),
  // Column names UNCERTAIN ("most likely" per the doc).
  defineTable(TABLES.riskToControl, "Risk to Control", "sys_id", {
    sn_risk_risk: f.ref(TABLES.risk), sn_compliance_control: f.ref(TABLES.control),
  }),
  // Abstract base of controls and risks: what indicator.item and issue links point at.
  defineTable(TABLES.grcItem, "GRC Item", "name", {
    name: f.str(), number: f.str(), description: f.str(), profile: f.ref(TABLES.profile), owner: f.ref(TABLES.user),
    owning_group: f.ref(TABLES.group), state: f.str(), active: f.bool("true"),
  }, { childTables: [TABLES.control, TABLES.risk] }),
  defineTable(TABLES.issue, "Issue", "short_description", {
    short_description: f.str(), description: f.str(), profile: f.ref(TABLES.profile), issue_type: f.choice(ISSUE_TYPES),
    // UNCERTAIN: a glide_list of sn_grc_choice rows on real instances; stored as codes here.
    issue_source: f.str(),
    classification: f.choice({ risk: "Risk", compliance: "Compliance", audit: "Audit" }),
    priority: f.choice({ "1": "1 - Critical", "2": "2 - High", "3": "3 - Moderate", "4": "4 - Low" }, "4"),
    impact: f.choice({ "1": "1 - High", "2": "2 - Medium", "3": "3 - Low" }, "3"),
    urgency: f.choice({ "1": "1 - High", "2": "2 - Medium", "3": "3 - Low" }, "3"),
    state: f.choice(ISSUE_STATES, "1"), active: f.bool("true"), assignment_group: f.ref(TABLES.group),
    assigned_to: f.ref(TABLES.user), issue_manager: f.ref(TABLES.user), opened_at: f.dt(), closed_at: f.dt(),
    due_date: f.dt(), recommendation: f.str(), close_notes: f.str(),
  }, { numberPrefix: "IPT" }),
  // Column names UNCERTAIN (platform m2m convention).
  defineTable(TABLES.issueToItem, "Issue to Item", "sys_id", {
    sn_grc_issue: f.ref(TABLES.issue), sn_grc_item: f.ref(TABLES.grcItem),
  }),
  defineTable(TABLES.indicator, "Indicator", "short_description", {
    short_description: f.str(), item: f.ref(TABLES.grcItem), entity: f.ref(TABLES.profile),
    category: f.choice({ compliance_indicator: "Compliance Indicator", risk_indicator: "Risk Indicator" }),
    owner: f.ref(TABLES.user), owning_group: f.ref(TABLES.group), active: f.bool("true"),
    collection_frequency: f.choice({ daily: "Daily", weekly: "Weekly", monthly: "Monthly", quarterly: "Quarterly" }),
    method: f.choice({ manual: "Manual", basic: "Basic", pa: "PA Indicator", script: "Script" }),
    target_type: f.choice({ none: "None", percentage: "Percentage", count: "Count" }), target: f.dec(),
    last_result_passed: f.bool(), next_run_time: f.dt(),
  }, { numberPrefix: "IND" }),
  // Engine-owned: a REST insert is refused even for admin (doc §9.1).
  defineTable(TABLES.indicatorResult, "Indicator Result", "sys_id", {
    indicator: f.ref(TABLES.indicator), passed: f.bool(), value: f.dec(), collection_date: f.dt(), target: f.dec(),
  }, { insertDenied: true }),
  // Date column names UNCERTAIN (the doc says "planned/actual start/end dates").
  defineTable(TABLES.controlTest, "Control Test", "short_description", {
    short_description: f.str(), description: f.str(), control: f.ref(TABLES.control), assigned_to: f.ref(TABLES.user),
    state: f.choice(CONTROL_TEST_STATES, "1"), design_effectiveness: f.choice(EFFECTIVENESS, "none"),
    operation_effectiveness: f.choice(EFFECTIVENESS, "none"), control_effectiveness: f.choice(EFFECTIVENESS, "none"),
    planned_start_date: f.dt(), planned_end_date: f.dt(), actual_start_date: f.dt(), actual_end_date: f.dt(),
    performed_on: f.date(), issue: f.ref(TABLES.issue), opinion: f.str(), design_results: f.str(), operation_results: f.str(),
  }, { numberPrefix: "CTR" }),
];
