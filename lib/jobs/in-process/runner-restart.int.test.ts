import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { pgliteExecutor } from "@/lib/db/sql-executor";

// A real process death: the first process is killed with SIGKILL while its second step runs; a new
// process then finishes the run from the database without running the first step again.

const dir = mkdtempSync(path.join(os.tmpdir(), "ciq-restart-"));
const marker = path.join(dir, "marker.log");

async function databaseEnv(): Promise<Record<string, string>> {
  const url = (globalThis as { __ciqTestDatabaseUrl?: string }).__ciqTestDatabaseUrl;
  if (url) return { DATABASE_URL: url };
  const pgliteDir = path.join(dir, "pglite");
  const pglite = new PGlite(pgliteDir);
  await applyMigrations(pgliteExecutor(pglite));
  await pglite.close();
  return { PGLITE_DIR: pgliteDir };
}

function child(env: Record<string, string>): ChildProcess & { output: Promise<string> } {
  // node itself with tsx's loader (not the tsx launcher, whose child would survive SIGKILL).
  const proc = spawn(process.execPath, ["--import", "tsx", "lib/jobs/in-process/crash-fixture.ts"], {
    env: { ...process.env, ...env, CRASH_MARKER: marker, LOG_LEVEL: "error" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  proc.stdout?.on("data", (chunk) => (out += chunk));
  const output = new Promise<string>((resolve) => proc.on("exit", () => resolve(out)));
  return Object.assign(proc, { output });
}

it("resumes a run after its process is killed, without re-running finished steps", async () => {
  writeFileSync(marker, "");
  const env = await databaseEnv();

  const first = child({ ...env, CRASH_SEND: "1", CRASH_HANG: "1" });
  await expect.poll(() => readFileSync(marker, "utf8"), { timeout: 30_000, interval: 100 }).toContain("second");
  first.kill("SIGKILL");
  await first.output;

  const second = child(env);
  const run = JSON.parse((await second.output).trim().split("\n").at(-1) as string);

  const lines = readFileSync(marker, "utf8").trim().split("\n");
  const firstRuns = lines.filter((l) => l.startsWith("first "));
  expect(firstRuns).toHaveLength(1);
  expect(lines.filter((l) => l === "second")).toHaveLength(2);
  expect(run).toEqual({ status: "SUCCEEDED", result: { first: firstRuns[0]?.slice(6), second: "done" } });
}, 90_000);
