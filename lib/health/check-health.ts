import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { jobsMode } from "@/lib/jobs/mode";
import { inProcessRunner } from "@/lib/jobs/runner-instance";

export interface Health {
  status: "ok" | "unavailable";
  database: { ok: boolean; kind: "postgres" | "embedded"; latencyMs: number; error?: string };
  jobs: { ok: boolean; mode: "inngest" | "in-process"; running?: boolean; activeRuns?: number; lastError?: string | null };
}

/** Database reachability and job runner state, for /api/health and uptime monitors. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  let database: Health["database"];
  const kind = env().DATABASE_URL ? "postgres" : "embedded";
  try {
    await db.$queryRaw`SELECT 1`;
    database = { ok: true, kind, latencyMs: Math.round(performance.now() - started) };
  } catch {
    database = { ok: false, kind, latencyMs: Math.round(performance.now() - started), error: "Database unreachable" };
  }
  let jobs: Health["jobs"];
  if (jobsMode() === "inngest") {
    jobs = { ok: true, mode: "inngest" };
  } else {
    const status = (await inProcessRunner()).status();
    jobs = { ok: status.running && !status.lastError, mode: "in-process", running: status.running, activeRuns: status.activeRuns, lastError: status.lastError };
  }
  return { status: database.ok && jobs.ok ? "ok" : "unavailable", database, jobs };
}
