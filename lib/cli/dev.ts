// npm run dev: migrate the database, seed the demo organization once, then serve with next dev.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkEnvOrExit } from "./check-env";

checkEnvOrExit();
const { applyPendingMigrations } = await import("@/lib/db/apply-pending");
const applied = await applyPendingMigrations();
if (applied.length) console.log(`Applied ${applied.length} migration(s).`);

// The demo login is kept beside the embedded database so it can be printed on every start.
const loginFile = path.join(process.cwd(), ".data", "demo-login.json");
const { seedDemo } = await import("@/lib/demo/seed-demo");
const { db } = await import("@/lib/db");
const created = await seedDemo();
if (created) {
  mkdirSync(path.dirname(loginFile), { recursive: true });
  writeFileSync(loginFile, JSON.stringify(created), { mode: 0o600 });
}
// The demo's ServiceNow: the local simulator with a fixed dataset on 8710 (or the next free port),
// and a "Demo instance" of the demo organization pointing at it. Its first sync is only queued
// here; the dev server's job runner runs it in the background, so startup does not wait for it.
const { freeSimulatorPort, simulatorUrl, startDemoSimulator } = await import("@/lib/demo/demo-simulator");
const { ensureDemoInstance } = await import("@/lib/demo/demo-instance");
const simPort = await freeSimulatorPort();
const demoInstance = await ensureDemoInstance(simulatorUrl(simPort)).catch((error: unknown) => {
  console.warn(`The demo instance could not be set up: ${error instanceof Error ? error.message : String(error)}`);
  return null;
});
await db.$disconnect();
// The embedded database allows one process: close ours before next dev opens it.
await (globalThis as { __ciqPglite?: { close(): Promise<void> } }).__ciqPglite?.close();

const login = created ?? (existsSync(loginFile) ? JSON.parse(readFileSync(loginFile, "utf8")) : null);
if (login) console.log(`Demo login: ${login.email} / ${login.password}  (http://localhost:3000/login)`);

const next = spawn(path.join("node_modules", ".bin", "next"), ["dev", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
});
next.on("exit", (code) => process.exit(code ?? 0));

// Generated while next dev boots (a couple of seconds of CPU); it lives and dies with this process.
const simulator = await startDemoSimulator(simPort).catch((error: unknown) => {
  console.warn(`The ServiceNow simulator did not start: ${error instanceof Error ? error.message : String(error)}`);
  return null;
});
if (simulator) {
  const note = demoInstance?.outcome === "created" ? "; the Demo instance's first sync runs in the background" : "";
  console.log(`ServiceNow simulator (demo data) at ${simulator.url}, user admin / admin${note}`);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
