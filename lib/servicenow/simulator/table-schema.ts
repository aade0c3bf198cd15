// Types and helpers for declaring the simulator's tables (kept apart from the catalog in tables.ts so
// the table-defs-* files can use them without an import cycle).

export type FieldType = "string" | "integer" | "decimal" | "boolean" | "datetime" | "date" | "reference" | "choice";

export interface FieldDef {
  type: FieldType;
  /** Target table of a reference field. */
  ref?: string;
  /** Choice values (stored codes) mapped to their labels. */
  choices?: Readonly<Record<string, string>>;
  /** Value a POST gets when the field is not sent. */
  default?: string;
}

export interface TableDef {
  name: string;
  label: string;
  /** Column whose value stands for the record in display values of references to it. */
  displayField: string;
  /** Prefix of the auto-numbered `number` column (CTRL0010001 …). */
  numberPrefix?: string;
  fields: Readonly<Record<string, FieldDef>>;
  /** A base table (sn_grc_item): served read-only as the union of these child tables. */
  childTables?: readonly string[];
  /** Inserts are refused with 403, as for engine-owned tables on a real instance. */
  insertDenied?: boolean;
}

/** Table names as the connector uses them. */
export const TABLES = {
  user: "sys_user",
  group: "sys_user_group",
  profileClass: "sn_grc_profile_class",
  profile: "sn_grc_profile",
  riskCriteria: "sn_risk_criteria",
  authorityDocument: "sn_compliance_authority_document",
  citation: "sn_compliance_citation",
  policy: "sn_compliance_policy",
  policyStatement: "sn_compliance_policy_statement",
  policyToStatement: "sn_compliance_m2m_policy_policy_statement",
  statementToCitation: "sn_compliance_m2m_statement_citation",
  control: "sn_compliance_control",
  riskDefinition: "sn_risk_definition",
  risk: "sn_risk_risk",
  riskToControl: "sn_risk_m2m_risk_control",
  grcItem: "sn_grc_item",
  issue: "sn_grc_issue",
  issueToItem: "sn_grc_m2m_issue_item",
  indicator: "sn_grc_indicator",
  indicatorResult: "sn_grc_indicator_result",
  controlTest: "sn_audit_control_test",
  widget: "sp_widget",
} as const;

export type TableName = (typeof TABLES)[keyof typeof TABLES];

// Field constructors keep the table definitions one line per column.
export const f = {
  str: (defaultValue?: string): FieldDef => ({ type: "string", default: defaultValue }),
  int: (defaultValue?: string): FieldDef => ({ type: "integer", default: defaultValue }),
  dec: (): FieldDef => ({ type: "decimal" }),
  bool: (defaultValue = "false"): FieldDef => ({ type: "boolean", default: defaultValue }),
  dt: (): FieldDef => ({ type: "datetime" }),
  date: (): FieldDef => ({ type: "date" }),
  ref: (table: string): FieldDef => ({ type: "reference", ref: table }),
  choice: (choices: Record<string, string>, defaultValue?: string): FieldDef => ({
    type: "choice",
    choices,
    default: defaultValue,
  }),
};

/** A table with its columns plus the ones every table has (doc §8), and `number` when auto-numbered. */
export function defineTable(
  name: string,
  label: string,
  displayField: string,
  fields: Record<string, FieldDef>,
  extra: Pick<TableDef, "numberPrefix" | "childTables" | "insertDenied"> = {},
): TableDef {
  const system: Record<string, FieldDef> = {
    sys_id: f.str(),
    sys_created_on: f.dt(),
    sys_created_by: f.str(),
    sys_updated_on: f.dt(),
    sys_updated_by: f.str(),
    sys_mod_count: f.int("0"),
    sys_class_name: f.str(name),
  };
  const numbered: Record<string, FieldDef> = extra.numberPrefix ? { number: f.str() } : {};
  return { name, label, displayField, fields: { ...numbered, ...fields, ...system }, ...extra };
}

export function isSystemField(field: string): boolean {
  return field.startsWith("sys_");
}

export function isNumericType(type: FieldType): boolean {
  return type === "integer" || type === "decimal";
}
