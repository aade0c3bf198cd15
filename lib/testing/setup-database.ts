import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { afterAll, inject } from "vitest";
import { prismaFor } from "@/lib/db/connect";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testDatabaseUrl, withDatabase } from "./test-database-url";

// Runs before each integration test file: gives the file its own migrated database, so files
// run in parallel without cleaning up after each other. lib/db.ts picks the client up.
const holder = globalThis as unknown as { __ciqDb?: PrismaClient; __ciqTestDatabaseUrl?: string };
const server = testDatabaseUrl();

if (server) {
  const name = `ciq_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject("templateDatabase")}`);
  holder.__ciqTestDatabaseUrl = withDatabase(server, name);
  holder.__ciqDb = prismaFor({ kind: "postgres", url: holder.__ciqTestDatabaseUrl, poolSize: 4 });
  afterAll(async () => {
    await holder.__ciqDb?.$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
} else {
  const snapshot = new Blob([readFileSync(inject("pgliteSnapshot"))]);
  const pglite = new PGlite({ loadDataDir: snapshot });
  holder.__ciqDb = prismaFor({ kind: "pglite", pglite });
  afterAll(async () => {
    await holder.__ciqDb?.$disconnect();
    await pglite.close();
  });
}
