// Datasets the simulator serves: a generated one, or any JSON file shaped
// { "<table>": [ { "<field>": "<value>", ... } ] } (--dataset, POST /__sim/dataset).
import { createHash } from "node:crypto";
import { formatDateTime } from "./datetime";
import { toStoredString, type Row } from "./store";
import { defineTable, f, type FieldDef, type TableDef } from "./table-schema";
import { TABLE_DEFS } from "./tables";

export type DatasetJson = Record<string, Record<string, unknown>[]>;

export interface LoadedDataset {
  defs: Map<string, TableDef>;
  tables: Map<string, Row[]>;
}

export class DatasetError extends Error {}

/** A generated dataset uses the catalog as it is. */
export function fromGenerated(tables: Map<string, Row[]>): LoadedDataset {
  return { defs: new Map(TABLE_DEFS), tables };
}

/**
 * Validates and normalizes an imported dataset. Every value becomes a string (a reference may be
 * given as the API's own {value, link}); missing system columns are filled in; tables and columns
 * the catalog does not know are added as plain string columns, so any dataset can be served.
 */
export function loadDataset(json: unknown, now: number): LoadedDataset {
  if (!isPlainObject(json)) throw new DatasetError('a dataset is a JSON object: { "<table>": [ {record}, ... ] }');
  const defs = new Map(TABLE_DEFS);
  const tables = new Map<string, Row[]>();
  const stamp = formatDateTime(now);
  for (const [table, records] of Object.entries(json)) {
    if (!/^[a-z][a-z0-9_]*$/.test(table)) throw new DatasetError(`"${table}" is not a table name`);
    if (!Array.isArray(records) || !records.every(isPlainObject)) throw new DatasetError(`${table} must be an array of objects`);
    if (defs.get(table)?.childTables) throw new DatasetError(`${table} is a base table: import its records into its child tables`);
    const rows = records.map((record, i) => normalize(table, record, i, stamp));
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.sys_id as string)) throw new DatasetError(`${table} has sys_id ${row.sys_id} twice`);
      seen.add(row.sys_id as string);
    }
    defs.set(table, extendDef(defs.get(table), table, rows));
    tables.set(table, rows);
  }
  return { defs, tables };
}

function normalize(table: string, record: Record<string, unknown>, index: number, stamp: string): Row {
  const row: Row = {};
  for (const [field, value] of Object.entries(record)) row[field] = toStoredString(value);
  // A stable id for records without one, so re-importing the same file gives the same checksums.
  row.sys_id ||= createHash("md5").update(`${table}:${index}`).digest("hex");
  row.sys_created_on ||= stamp;
  row.sys_updated_on ||= row.sys_created_on;
  row.sys_created_by ||= "admin";
  row.sys_updated_by ||= row.sys_created_by;
  row.sys_mod_count ||= "0";
  row.sys_class_name ||= table;
  return row;
}

function extendDef(known: TableDef | undefined, table: string, rows: Row[]): TableDef {
  const extra: Record<string, FieldDef> = {};
  for (const row of rows) {
    for (const field of Object.keys(row)) {
      if (!known?.fields[field] && !extra[field] && /^[a-z_][a-z0-9_]*$/.test(field)) extra[field] = f.str();
    }
  }
  if (known) return Object.keys(extra).length === 0 ? known : { ...known, fields: { ...known.fields, ...extra } };
  const displayField = "name" in extra ? "name" : "number" in extra ? "number" : "sys_id";
  return defineTable(table, table, displayField, extra);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
