import { db } from "@/lib/db";

interface ColumnRow {
  table_name: string;
  column_name: string;
}

// information_schema uses the `name` type, which @prisma/adapter-pg cannot read: cast to text.
async function publicColumns(): Promise<ColumnRow[]> {
  return db.$queryRawUnsafe<ColumnRow[]>(
    `SELECT c.table_name::text AS table_name, c.column_name::text AS column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
      ORDER BY c.table_name, c.ordinal_position`,
  );
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * A function that reads, in one query, the row count of every table (and its latest updated_at,
 * where it has one): equal before and after a request means the request wrote nothing.
 */
export async function rowCountReader(): Promise<() => Promise<Record<string, string>>> {
  const columns = await publicColumns();
  const tables = [...new Set(columns.map((c) => c.table_name))];
  const updated = new Set(columns.filter((c) => c.column_name === "updated_at").map((c) => c.table_name));
  const sql = tables
    .map(
      (t) =>
        `SELECT '${t}' AS name, count(*)::text || '/' || ${updated.has(t) ? `coalesce(max(updated_at)::text, '-')` : `'-'`} AS value FROM ${quote(t)}`,
    )
    .join(" UNION ALL ");
  return async () => {
    const rows = await db.$queryRawUnsafe<{ name: string; value: string }[]>(sql);
    return Object.fromEntries(rows.map((r) => [r.name, r.value]));
  };
}

/**
 * A fingerprint (md5 of every row's text) of everything one organization owns: its tenant tables,
 * its own row, and the per-user rows of the given users. Any change to any of it changes the print.
 */
export async function tenantFingerprintReader(organizationId: string, userIds: readonly string[]): Promise<() => Promise<Record<string, string>>> {
  const columns = await publicColumns();
  const byTable = new Map<string, Set<string>>();
  for (const c of columns) (byTable.get(c.table_name) ?? byTable.set(c.table_name, new Set()).get(c.table_name)!).add(c.column_name);
  const users = userIds.map((id) => `'${id.replace(/[^0-9a-f-]/gi, "")}'::uuid`).join(", ") || "NULL";
  const parts: string[] = [];
  for (const [table, cols] of byTable) {
    let where: string | null = null;
    if (table === "organizations") where = `id = '${organizationId}'::uuid`;
    else if (table === "users") where = `id IN (${users})`;
    else if (cols.has("organization_id")) where = `organization_id = '${organizationId}'::uuid`;
    else if (cols.has("user_id")) where = `user_id IN (${users})`;
    if (!where) continue;
    parts.push(`SELECT '${table}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') AS value FROM ${quote(table)} t WHERE ${where}`);
  }
  const sql = parts.join(" UNION ALL ");
  return async () => {
    const rows = await db.$queryRawUnsafe<{ name: string; value: string }[]>(sql);
    return Object.fromEntries(rows.map((r) => [r.name, r.value]));
  };
}

/** The tables whose value differs, e.g. `teams: 1:ab12 → 2:cd34`. */
export function snapshotDiff(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((k) => before[k] !== after[k])
    .map((k) => `${k}: ${before[k]} → ${after[k]}`);
}
