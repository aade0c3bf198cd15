import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations, readMigrations } from "./migrations";
import { pgliteExecutor } from "./sql-executor";

// Offline schema tooling on Prisma's WebAssembly schema engine: what the migrations build, and the
// SQL that separates it from a schema file. `migrate diff --from-migrations` would need a shadow
// database, which the engine cannot drive here; introspecting a scratch PGlite database can.

const PRISMA = path.join(process.cwd(), "node_modules", ".bin", "prisma");

function prisma(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return execFileSync(PRISMA, args, {
    encoding: "utf8",
    env: { ...rest, ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 180_000,
  });
}

/** The Prisma datamodel of a database built from prisma/migrations alone (null when none exist). */
export async function migratedDatamodel(): Promise<string | null> {
  if (readMigrations().length === 0) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), "ciq-migrated-"));
  try {
    const pglite = new PGlite();
    await applyMigrations(pgliteExecutor(pglite));
    const snapshot = path.join(dir, "migrated.tar");
    writeFileSync(snapshot, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
    await pglite.close();
    const printed = prisma(["db", "pull", "--print"], { PGLITE_SNAPSHOT: snapshot });
    // The CLI prints a warning about the datasource url before the datamodel itself.
    return printed.slice(printed.search(/^(generator|datasource|model|enum) /m));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** SQL that turns what the migrations build into `schemaFile`; empty when they agree. */
export async function pendingSchemaSql(schemaFile = path.join("prisma", "schema.prisma")): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ciq-diff-"));
  try {
    const migrated = await migratedDatamodel();
    const from = path.join(dir, "migrated.prisma");
    if (migrated) writeFileSync(from, migrated);
    const source = migrated ? ["--from-schema-datamodel", from] : ["--from-empty"];
    // A schema-to-schema diff needs no database; an in-memory one satisfies the CLI's adapter.
    const sql = prisma(["migrate", "diff", ...source, "--to-schema-datamodel", schemaFile, "--script"], {
      PGLITE_DIR: "memory://",
    });
    return isEmptyScript(sql) ? "" : sql;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function isEmptyScript(sql: string): boolean {
  return sql
    .split("\n")
    .map((l) => l.trim())
    .every((l) => l === "" || l.startsWith("--"));
}
