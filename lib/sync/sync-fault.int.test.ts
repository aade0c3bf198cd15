import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { pgliteExecutor } from "@/lib/db/sql-executor";
import { type RunningSimulator, startSimulator } from "@/lib/servicenow/simulator/server";
import { simulator, simulatorChecksums } from "./testing/sync-harness";

// The acceptance test of durability: a full sync over OAuth while the simulator answers with 429s
// (Retry-After), bursts of 503s, truncated pages and an access token revoked mid-sync, and with
// the syncing process SIGKILLed halfway and a new process resuming it. The copy must equal the
// instance exactly, without duplicates, and the resumed run must not start over.

const dir = mkdtempSync(path.join(os.tmpdir(), "ciq-sync-fault-"));
const PAGE_SIZE = 100;
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 23, size: "small", counts: { controls: 160, risks: 60 }, quiet: true });
});
afterAll(() => sim?.close());

async function databaseEnv(): Promise<Record<string, string>> {
  const url = (globalThis as { __ciqTestDatabaseUrl?: string }).__ciqTestDatabaseUrl;
  if (url) return { DATABASE_URL: url };
  // PGlite allows one process at a time: the children take turns on a database in a directory.
  const pgliteDir = path.join(dir, "pglite");
  const pglite = new PGlite(pgliteDir);
  await applyMigrations(pgliteExecutor(pglite));
  await pglite.close();
  return { PGLITE_DIR: pgliteDir };
}

function child(env: Record<string, string>): ChildProcess & { output: Promise<{ code: number | null; stdout: string }> } {
  // node itself with tsx's loader (not the tsx launcher, whose child would survive SIGKILL).
  const proc = spawn(process.execPath, ["--import", "tsx", "lib/sync/testing/sync-crash-fixture.ts"], {
    env: { ...process.env, ...env, LOG_LEVEL: "error" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  proc.stdout?.on("data", (chunk) => (stdout += chunk));
  const output = new Promise<{ code: number | null; stdout: string }>((resolve) => proc.on("exit", (code) => resolve({ code, stdout })));
  return Object.assign(proc, { output });
}

const served = () => Object.values(sim.state.stats.snapshot().rowsServed).reduce((a, b) => a + b, 0);

it("ends equal to the instance despite faults and a killed process, without duplicates or starting over", async () => {
  const expected = await simulatorChecksums(sim);
  const total = Object.values(expected).reduce((sum, t) => sum + t.count, 0);
  expect(total).toBeGreaterThan(2_000);
  await simulator(
    "/__sim/faults",
    {
      body: {
        rateLimit: { every: 11, retryAfterSeconds: 1 },
        serverErrors: { every: 17, burst: 2, status: 503 },
        truncatePages: { every: 7, mode: "end" },
        expireTokens: { afterRequests: 25 },
      },
    },
    sim,
  );
  const env = { ...(await databaseEnv()), SIM_URL: sim.url, SYNC_PAGE_SIZE: String(PAGE_SIZE), SYNC_FIXTURE_STATE: path.join(dir, "state.json") };

  const first = child({ ...env, SYNC_FIXTURE_MODE: "start" });
  await expect.poll(served, { timeout: 90_000, interval: 50 }).toBeGreaterThanOrEqual(total / 2);
  first.kill("SIGKILL");
  await first.output;
  const servedBeforeKill = served();
  expect(servedBeforeKill).toBeLessThan(total);

  const second = child({ ...env, SYNC_FIXTURE_MODE: "resume" });
  const { code, stdout } = await second.output;
  expect(code).toBe(0);
  const result = JSON.parse(stdout.trim().split("\n").at(-1) as string);

  expect(result.job).toMatchObject({ status: "succeeded", progress: 100, error: null });
  expect(result.run).toMatchObject({ status: "SUCCEEDED", error: null });
  expect(result.checksums).toEqual(expected);
  expect(result.keys).toEqual({ rows: total, distinct_keys: total });
  expect(result.job.result.counts).toMatchObject({ inserted: total, deleted: 0, quarantined: 0 });
  // Resumed, not restarted: the records read in all add up to one pass plus the pages that were
  // cut off or in flight, far from the one and a half passes a fresh start would take.
  expect(served()).toBeLessThan(total * 1.35);
  const names: string[] = result.steps.map((s: { name: string }) => s.name);
  expect(names.filter((n) => n === "begin")).toHaveLength(1);
  expect(new Set(names).size).toBe(names.length);

  // Every fault happened.
  const requests = sim.state.stats.snapshot().requests;
  const statuses = Object.values(requests).flatMap((byMethod) => Object.entries(byMethod.GET ?? {}));
  const count = (status: string) => statuses.filter(([s]) => s === status).reduce((sum, [, n]) => sum + n, 0);
  expect(count("429")).toBeGreaterThan(0);
  expect(count("503")).toBeGreaterThan(0);
  expect(count("401")).toBeGreaterThan(0);
  expect(requests["oauth_token.do"]?.POST?.["200"]).toBeGreaterThanOrEqual(2);
}, 240_000);
