// POST /__sim/mutate: changes on the instance between two syncs. Updates change one column and
// bump sys_updated_on (to the simulator's clock) and sys_mod_count; inserts clone an existing row
// under a new sys_id and number; deletes remove rows. Seeded, so a test can replay the same changes.
import { z } from "zod";
import { formatDateTime } from "./datetime";
import { Rng } from "./prng";
import type { Row, Store } from "./store";
import { TABLES, type TableDef } from "./table-schema";

export const mutateRequestSchema = z.strictObject({
  /** Without a table, each change goes to a random GRC table that has rows. */
  table: z.string().optional(),
  update: z.number().int().min(0).default(0),
  insert: z.number().int().min(0).default(0),
  delete: z.number().int().min(0).default(0),
  seed: z.number().int().optional(),
});

export type MutateRequest = z.infer<typeof mutateRequestSchema>;

export interface Change {
  table: string;
  sys_id: string;
}

export interface MutationResult {
  updated: Change[];
  inserted: Change[];
  deleted: Change[];
}

/** Reference data a sync reads but that the GRC changes do not touch. */
const STATIC_TABLES: ReadonlySet<string> = new Set([TABLES.user, TABLES.group, TABLES.profileClass, TABLES.riskCriteria, TABLES.widget]);

export class MutationError extends Error {}

export function mutate(store: Store, request: MutateRequest, now: number, seed: number): MutationResult {
  const rng = new Rng(request.seed ?? seed, "mutate");
  const pickTable = tablePicker(store, rng, request.table);
  const stamp = formatDateTime(now);
  const touched = new Set<string>();
  const result: MutationResult = { updated: [], inserted: [], deleted: [] };
  for (let i = 0; i < request.update; i++) {
    const table = pickTable();
    const row = table && pickUntouched(store, rng, table, touched);
    if (!table || !row) continue;
    const def = store.def(table) as TableDef;
    const next: Row = { ...row, sys_updated_on: stamp, sys_updated_by: "admin", sys_mod_count: String(Number(row.sys_mod_count ?? 0) + 1) };
    changeOneColumn(def, next, rng, stamp);
    store.replace(table, next);
    result.updated.push({ table, sys_id: next.sys_id ?? "" });
  }
  for (let i = 0; i < request.insert; i++) {
    const table = pickTable();
    const rows = table ? store.rows(table) : [];
    if (!table || rows.length === 0) continue;
    let sysId = rng.sysId();
    while (store.get(table, sysId)) sysId = rng.sysId();
    const copy: Row = {
      ...(rows[rng.int(0, rows.length - 1)] as Row),
      sys_id: sysId, sys_created_on: stamp, sys_created_by: "admin", sys_updated_on: stamp, sys_updated_by: "admin", sys_mod_count: "0",
    };
    const number = store.nextNumber(table);
    if (number) copy.number = number;
    store.insert(table, copy);
    touched.add(sysId);
    result.inserted.push({ table, sys_id: sysId });
  }
  for (let i = 0; i < request.delete; i++) {
    const table = pickTable();
    const row = table && pickUntouched(store, rng, table, touched);
    if (!table || !row) continue;
    store.remove(table, row.sys_id ?? "");
    result.deleted.push({ table, sys_id: row.sys_id ?? "" });
  }
  return result;
}

function tablePicker(store: Store, rng: Rng, table: string | undefined): () => string | undefined {
  if (table !== undefined) {
    const def = store.def(table);
    if (!def || def.childTables) throw new MutationError(`${table} is not a table the simulator can change`);
    return () => table;
  }
  const candidates = store.tableNames().filter((name) => !STATIC_TABLES.has(name) && !store.def(name)?.childTables && store.count(name) > 0);
  return () => (candidates.length === 0 ? undefined : rng.pick(candidates));
}

/** A random row not changed yet in this request (a few tries, then give up on this change). */
function pickUntouched(store: Store, rng: Rng, table: string, touched: Set<string>): Row | undefined {
  const rows = store.rows(table);
  for (let attempt = 0; attempt < 20 && rows.length > 0; attempt++) {
    const row = rows[rng.int(0, rows.length - 1)] as Row;
    if (!touched.has(row.sys_id ?? "")) {
      touched.add(row.sys_id ?? "");
      return row;
    }
  }
  return undefined;
}

/** Changes one ordinary column; references are left alone so that every link stays valid. */
function changeOneColumn(def: TableDef, row: Row, rng: Rng, stamp: string): void {
  const columns = Object.entries(def.fields).filter(
    ([name, field]) => !name.startsWith("sys_") && name !== "number" && field.type !== "reference",
  );
  if (columns.length === 0) return;
  const [name, field] = rng.pick(columns);
  const value = row[name] ?? "";
  switch (field.type) {
    case "choice": {
      const others = Object.keys(field.choices ?? {}).filter((code) => code !== value);
      if (others.length > 0) row[name] = rng.pick(others);
      return;
    }
    case "boolean":
      row[name] = value === "true" ? "false" : "true";
      return;
    case "integer":
    case "decimal":
      row[name] = String((Number(value) || 0) + 1);
      return;
    case "datetime":
      row[name] = stamp;
      return;
    case "date":
      row[name] = stamp.slice(0, 10);
      return;
    default:
      row[name] = `${value.replace(/ \(rev \d+\)$/, "")} (rev ${row.sys_mod_count})`;
  }
}
