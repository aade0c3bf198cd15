import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations, readMigrations } from "./migrations";
import { pgliteExecutor } from "./sql-executor";

// Offline schema tooling on Prisma's WebAssembly schema engine. `migrate diff --from-migrations`
// needs a shadow database the engine cannot drive here, and `db pull` never exits with a PGlite
// adapter; so drift is found by building two scratch databases and comparing their catalogs.

const PRISMA = path.join(process.cwd(), "node_modules", ".bin", "prisma");

/** `prisma migrate diff` between two datamodels (`null` = empty); empty string when equal. */
export function diffSchemas(from: string | null, to: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ciq-diff-"));
  try {
    const source = from === null ? ["--from-empty"] : ["--from-schema-datamodel", path.join(dir, "from.prisma")];
    if (from !== null) writeFileSync(path.join(dir, "from.prisma"), from);
    writeFileSync(path.join(dir, "to.prisma"), to);
    const { DATABASE_URL: _unused, ...env } = process.env;
    const sql = execFileSync(PRISMA, ["migrate", "diff", ...source, "--to-schema-datamodel", path.join(dir, "to.prisma"), "--script"], {
      encoding: "utf8",
      // A schema-to-schema diff needs no database; an in-memory one satisfies the CLI's adapter.
      env: { ...env, PGLITE_DIR: "memory://", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 180_000,
    });
    return sql.split("\n").every((l) => l.trim() === "" || l.trim().startsWith("--")) ? "" : sql;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// What Prisma models: tables, columns, indexes, constraints and enums. Hand-written SQL (policies,
// triggers, functions, roles, and partial indexes, which the Prisma schema cannot express) is
// deliberately left out.
const CATALOG_QUERIES = [
  `SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
     || ' ' || is_nullable || ' default=' || coalesce(column_default, '') AS item
   FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  `SELECT 'index ' || indexdef AS item FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND indexdef NOT LIKE '% WHERE %'`,
  `SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS item
   FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`,
  `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS item
   FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
];

async function catalog(build: (db: PGlite) => Promise<void>): Promise<Set<string>> {
  const db = new PGlite();
  try {
    await build(db);
    const items = new Set<string>();
    for (const q of CATALOG_QUERIES) for (const row of (await db.query<{ item: string }>(q)).rows) items.add(row.item);
    return items;
  } finally {
    await db.close();
  }
}

/** What the migrations build but the schema does not (and the reverse); both empty when they agree. */
export async function schemaDrift(schema: string): Promise<{ onlyInMigrations: string[]; onlyInSchema: string[] }> {
  const fromSchema = diffSchemas(null, schema);
  const [migrated, expected] = await Promise.all([
    catalog(async (db) => void (await applyMigrations(pgliteExecutor(db), readMigrations()))),
    catalog((db) => db.exec(fromSchema).then(() => undefined)),
  ]);
  return {
    onlyInMigrations: [...migrated].filter((i) => !expected.has(i)).sort(),
    onlyInSchema: [...expected].filter((i) => !migrated.has(i)).sort(),
  };
}
