// A throwaway database for one benchmark run: created on a local PostgreSQL server, migrated, made
// the DATABASE_URL of this process (lib/db reads it on first use, so import lib modules that touch
// the database only inside `body`), and dropped afterwards whatever happens.
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { applyMigrations } from "@/lib/db/migrations";
import { pgExecutor } from "@/lib/db/sql-executor";

export interface BenchDatabase {
  /** The database's name, e.g. ciq_bench_1a2b3c4d. */
  name: string;
  url: string;
  /** host:port of the server, for the printed header. */
  host: string;
}

const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

/** `server` (else BENCH_DATABASE_SERVER, else the local default) must be on this machine. */
export async function withBenchDatabase<T>(server: string | undefined, body: (database: BenchDatabase) => Promise<T>): Promise<T> {
  const serverUrl = new URL(server ?? process.env.BENCH_DATABASE_SERVER ?? DEFAULT_SERVER);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(serverUrl.hostname)) throw new Error("The benchmark creates and drops a database: use a local server");
  const name = `ciq_bench_${randomBytes(4).toString("hex")}`;
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const admin = new Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const migrator = new Client({ connectionString: url });
    await migrator.connect();
    await applyMigrations(pgExecutor(migrator));
    await migrator.end();
    process.env.DATABASE_URL = url;
    process.env.LOG_LEVEL ??= "warn";
    return await body({ name, url, host: serverUrl.host });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}
