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
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
