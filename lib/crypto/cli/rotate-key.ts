// npm run crypto:rotate: re-encrypts every sealed value under the current ENCRYPTION_KEY.
//
// To rotate: set ENCRYPTION_KEY to a new key and ENCRYPTION_KEYS_PREVIOUS to the old one(s), deploy
// (old values keep opening), run this command, then drop the old key from ENCRYPTION_KEYS_PREVIOUS
// once it reports nothing left to re-encrypt. Prints counts only, never a value. With the embedded
// database, stop the dev server first: PGlite allows one process at a time.
import { checkEnvOrExit } from "@/lib/cli/check-env";

checkEnvOrExit();
const { rotateSealedValues } = await import("./rotate-sealed-values");
const { db } = await import("@/lib/db");

try {
  const report = await rotateSealedValues();
  console.log(`Current encryption key id: ${report.keyId}`);
  const rows: [string, typeof report.instanceCredentials][] = [
    ["instance credentials", report.instanceCredentials],
    ["instance OAuth tokens", report.instanceTokens],
    ["user 2FA secrets", report.userMfaSecrets],
  ];
  for (const [label, counts] of rows) {
    console.log(`  ${label}: ${counts.reencrypted} re-encrypted, ${counts.current} already current, ${counts.failed} unreadable`);
  }
  const failed = rows.reduce((sum, [, counts]) => sum + counts.failed, 0);
  if (failed > 0) {
    console.error(
      `${failed} value(s) open with no configured key: add the key they were sealed with to ENCRYPTION_KEYS_PREVIOUS and run again.`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  // A Prisma error's message can quote the statement's arguments (sealed values): name and code only.
  const { name = "Error", message, code } = (error ?? {}) as Partial<Error> & { code?: string };
  console.error(`Key rotation failed: ${name.startsWith("Prisma") ? `${name}${code ? ` ${code}` : ""}` : message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
