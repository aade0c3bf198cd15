// npm run platform:super-admin -- <email> [--revoke]: makes an existing user a platform Super Admin
// (or, with --revoke, no longer one). Deliberately a shell command for whoever runs the deployment:
// nothing in the app can grant it. With the embedded database, stop the dev server first: PGlite
// allows one process at a time.
import { checkEnvOrExit } from "@/lib/cli/check-env";

const USAGE = "Usage: npm run platform:super-admin -- <email> [--revoke]";
const args = process.argv.slice(2);
const revoke = args.includes("--revoke");
const positional = args.filter((a) => a !== "--revoke");
const unknownFlags = positional.filter((a) => a.startsWith("-"));

if (positional.length !== 1 || unknownFlags.length > 0) {
  console.error(USAGE);
  process.exit(1);
}

checkEnvOrExit();
const { AppError } = await import("@/lib/errors");
const { setSuperAdmin } = await import("../set-super-admin");
const { db } = await import("@/lib/db");

try {
  const result = await setSuperAdmin({ email: positional[0]!, grant: !revoke });
  const message = result.isSuperAdmin
    ? result.changed ? "is now a platform Super Admin" : "was already a platform Super Admin; nothing changed"
    : result.changed ? "is no longer a platform Super Admin" : "was not a platform Super Admin; nothing changed";
  console.log(`${result.email} ${message}.`);
} catch (error) {
  const hint = error instanceof AppError && error.code === "not_found" ? ": register the account first, then run this again" : "";
  console.error(`Could not change Super Admin: ${(error as Error).message}${hint}.`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  // The embedded database stays open (and the process alive) until closed; lib/cli/dev.ts does the same.
  await (globalThis as { __ciqPglite?: { close(): Promise<void> } }).__ciqPglite?.close();
}
