// npm start: check the configuration, apply pending migrations, then serve the production build.
import { spawn } from "node:child_process";
import path from "node:path";
import { checkEnvOrExit } from "./check-env";

checkEnvOrExit();
const { applyPendingMigrations } = await import("@/lib/db/apply-pending");
await applyPendingMigrations();

const next = spawn(path.join("node_modules", ".bin", "next"), ["start", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
});
next.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
