import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrations";
import { pgExecutor, pgliteExecutor } from "@/lib/db/sql-executor";
import { testDatabaseUrl, withDatabase } from "./test-database-url";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    pgliteSnapshot: string;
  }
}

/**
 * Migrates one template database per run; every test file then starts from a copy of it
 * (CREATE DATABASE ... TEMPLATE on PostgreSQL, a data-dir snapshot on PGlite).
 */
export default async function setup(project: TestProject) {
  const server = testDatabaseUrl();
  if (server) {
    const template = `ciq_tpl_${randomBytes(4).toString("hex")}`;
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    const client = new Client({ connectionString: withDatabase(server, template) });
    await client.connect();
    await applyMigrations(pgExecutor(client));
    await client.end();
    project.provide("templateDatabase", template);
    project.provide("pgliteSnapshot", "");
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    };
  }
  const pglite = new PGlite();
  await applyMigrations(pgliteExecutor(pglite));
  const snapshot = path.join(mkdtempSync(path.join(os.tmpdir(), "ciq-pglite-")), "migrated.tar");
  writeFileSync(snapshot, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
  await pglite.close();
  project.provide("templateDatabase", "");
  project.provide("pgliteSnapshot", snapshot);
}
