// Platform tables the GRC records point at (users, groups, entity classes, the risk scale) and the
// Service Portal widget table the product deploys into (doc §10).
import { TABLES, defineTable, f, type TableDef } from "./table-schema";

export const RISK_CRITERIA_TYPES = { impact: "Impact", likelihood: "Likelihood", score: "Score" } as const;

export const PLATFORM_TABLE_DEFS: readonly TableDef[] = [
  defineTable(TABLES.user, "User", "name", {
    user_name: f.str(),
    first_name: f.str(),
    last_name: f.str(),
    name: f.str(),
    email: f.str(),
    title: f.str(),
    department: f.str(),
    time_zone: f.str("UTC"),
    active: f.bool("true"),
    locked_out: f.bool(),
  }),
  defineTable(TABLES.group, "Group", "name", {
    name: f.str(),
    description: f.str(),
    manager: f.ref(TABLES.user),
    email: f.str(),
    active: f.bool("true"),
  }),
  // The entity class table is sn_grc_profile_class, not sn_grc_profile_type (doc §9.1).
  defineTable(TABLES.profileClass, "Entity Class", "name", {
    name: f.str(),
    description: f.str(),
    active: f.bool("true"),
  }),
  // Five rows per type; `display_value` carries labels such as "4 - Likely" (doc §9.1, sn_risk_risk).
  defineTable(TABLES.riskCriteria, "Risk Criteria", "display_value", {
    type: f.choice(RISK_CRITERIA_TYPES),
    display_value: f.str(),
    order: f.int(),
    maximum_value: f.int(),
  }),
  // Defaults are the platform's own for a new widget (doc §10).
  defineTable(TABLES.widget, "Widget", "name", {
    name: f.str(),
    id: f.str(),
    template: f.str(),
    css: f.str(),
    client_script: f.str("api.controller=function(){ var c = this; };"),
    script: f.str("(function(){ /* populate the 'data' object */ })();"),
    link: f.str("function link(scope, element, attrs, controller) {}"),
    option_schema: f.str(),
    demo_data: f.str(),
    data_table: f.str("sp_instance"),
    field_list: f.str(),
    controller_as: f.str("c"),
    description: f.str(),
    category: f.str("custom"),
    public: f.bool(),
    roles: f.str(),
    has_preview: f.bool(),
    docs: f.str(),
    internal: f.bool(),
    servicenow: f.bool(),
  }),
];
