import { Client } from "pg";
import { env } from "@/lib/env";
import { openEmbeddedDatabase } from "./connect";
import { applyMigrations } from "./migrations";
import { pgExecutor, pgliteExecutor } from "./sql-executor";

/** Applies pending migrations to the configured database and closes the connection. */
export async function applyPendingMigrations(): Promise<string[]> {
  const url = env().DATABASE_URL;
  if (url) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await applyMigrations(pgExecutor(client));
    } finally {
      await client.end();
    }
  }
  const pglite = openEmbeddedDatabase();
  try {
    return await applyMigrations(pgliteExecutor(pglite));
  } finally {
    await pglite.close();
  }
}
