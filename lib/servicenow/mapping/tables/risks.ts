import { defineTable } from "../define-table";
import { sn } from "../fields";

// The scale risk scores point at: five rows per type, labels such as "4 - Likely".
export const riskCriteria = defineTable({
  name: "risk_criteria",
  table: "sn_risk_criteria",
  shape: { type: sn.choice, display_value: sn.text, order: sn.number },
  toProduct: (r) => ({ type: r.type, label: r.display_value, order: r.order }),
});

export const riskStatements = defineTable({
  name: "risk_statements",
  table: "sn_risk_definition",
  shape: {
    name: sn.text,
    description: sn.text,
    category: sn.choice,
    impact: sn.reference,
    likelihood: sn.reference,
    default_inherent_sle: sn.number,
    default_inherent_aro: sn.number,
    active: sn.boolean,
  },
  toProduct: (r) => ({
    name: r.name,
    description: r.description,
    category: r.category,
    defaultImpactId: r.impact,
    defaultLikelihoodId: r.likelihood,
    defaultInherentSle: r.default_inherent_sle,
    defaultInherentAro: r.default_inherent_aro,
    active: r.active,
  }),
});

// Qualitative scores are references to sn_risk_criteria, not numbers; quantitative ones
// (SLE/ARO/ALE) and the failure factors are decimals.
export const risks = defineTable({
  name: "risks",
  table: "sn_risk_risk",
  shape: {
    number: sn.text,
    name: sn.text,
    short_description: sn.text,
    statement: sn.reference,
    description: sn.text,
    profile: sn.reference,
    owner: sn.reference,
    owning_group: sn.reference,
    category: sn.choice,
    state: sn.choice,
    response: sn.choice,
    active: sn.boolean,
    impact: sn.reference,
    likelihood: sn.reference,
    score: sn.reference,
    residual_impact: sn.reference,
    residual_likelihood: sn.reference,
    residual_score: sn.reference,
    inherent_sle: sn.number,
    inherent_aro: sn.number,
    inherent_ale: sn.number,
    residual_sle: sn.number,
    residual_aro: sn.number,
    residual_ale: sn.number,
    control_failure_factor: sn.number,
    indicator_failure_factor: sn.number,
    calculated_risk_factor: sn.number,
  },
  toProduct: (r) => ({
    number: r.number,
    // The statement is the risk's effective title; short_description is often empty.
    name: r.name,
    shortDescription: r.short_description,
    riskStatementId: r.statement,
    description: r.description,
    entityId: r.profile,
    ownerId: r.owner,
    owningGroupId: r.owning_group,
    category: r.category,
    state: r.state,
    response: r.response,
    active: r.active,
    impactId: r.impact,
    likelihoodId: r.likelihood,
    scoreId: r.score,
    residualImpactId: r.residual_impact,
    residualLikelihoodId: r.residual_likelihood,
    residualScoreId: r.residual_score,
    inherentSle: r.inherent_sle,
    inherentAro: r.inherent_aro,
    inherentAle: r.inherent_ale,
    residualSle: r.residual_sle,
    residualAro: r.residual_aro,
    residualAle: r.residual_ale,
    controlFailureFactor: r.control_failure_factor,
    indicatorFailureFactor: r.indicator_failure_factor,
    calculatedRiskFactor: r.calculated_risk_factor,
  }),
});

// Column names are the doc's "most likely" guess, named after the linked tables.
export const riskControls = defineTable({
  name: "risk_controls",
  table: "sn_risk_m2m_risk_control",
  shape: { sn_risk_risk: sn.requiredReference, sn_compliance_control: sn.requiredReference },
  toProduct: (r) => ({ riskId: r.sn_risk_risk, controlId: r.sn_compliance_control }),
});
