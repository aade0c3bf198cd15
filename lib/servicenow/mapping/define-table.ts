import { z } from "zod";
import type { ServiceNowRecord } from "@/lib/servicenow/client/table-page";
import { sn } from "./fields";

// Present on every table; sys_updated_on drives incremental sync, so a record without it is
// malformed.
const systemShape = { sys_id: sn.sysId, sys_created_on: sn.dateTime, sys_updated_on: sn.requiredDateTime };

export interface SystemFields {
  sysId: string;
  createdAt: Date | null;
  updatedAt: Date;
}

/** A malformed record is a value, not an exception: the sync quarantines it and goes on. */
export type MapResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface TableMapping<T, N extends string = string> {
  /** Our name for the data set, e.g. "controls". */
  name: N;
  /** The ServiceNow table, e.g. "sn_compliance_control". */
  table: string;
  /** Exactly what to send as sysparm_fields. */
  fields: readonly string[];
  map(record: ServiceNowRecord): MapResult<T & SystemFields>;
}

/** The product shape a mapping produces. */
export type Mapped<M> = M extends TableMapping<infer T, string> ? T & SystemFields : never;

type Shape = Record<string, z.ZodType>;

export function defineTable<N extends string, S extends Shape, T>(definition: {
  name: N;
  table: string;
  /** ServiceNow field name → parser; the keys become sysparm_fields. */
  shape: S;
  toProduct: (row: z.output<z.ZodObject<S>>) => T;
}): TableMapping<T, N> {
  const schema = z.object({ ...definition.shape, ...systemShape });
  const fields = Object.keys(schema.shape);
  // An instance leaves out requested fields its table lacks; they read as empty, like "".
  const blank = Object.fromEntries(fields.map((field) => [field, ""]));
  return {
    name: definition.name,
    table: definition.table,
    fields,
    map(record) {
      const parsed = schema.safeParse({ ...blank, ...record });
      if (!parsed.success) return { ok: false, reason: describe(definition.table, record, parsed.error) };
      // zod cannot name the merged output type of a generic shape; both halves are known here.
      const product = definition.toProduct(parsed.data as z.output<z.ZodObject<S>>);
      const system = parsed.data as unknown as z.output<z.ZodObject<typeof systemShape>>;
      const value = { ...product, sysId: system.sys_id, createdAt: system.sys_created_on, updatedAt: system.sys_updated_on };
      return { ok: true, value };
    },
  };
}

// "sn_compliance_control 0a1b…: key_control expected "true" or "false", got "maybe"" — enough for
// a person reading the quarantine list to find the record and the field.
function describe(table: string, record: ServiceNowRecord, error: z.ZodError): string {
  const id = typeof record.sys_id === "string" && record.sys_id !== "" ? ` ${record.sys_id.slice(0, 32)}` : "";
  const problems = error.issues.map((issue) => `${issue.path.join(".") || "(record)"} ${issue.message}`);
  return `${table}${id}: ${problems.join("; ")}`;
}
