import { db } from "@/lib/db";
import { appendUserAuditEvents } from "./append-user-audit-events";
import { consumeBackupCode, countUnusedBackupCodes, looksLikeBackupCode } from "./backup-codes";
import { TOTP_CODE, acceptTotpCode } from "./totp";

export type SecondFactor = "totp" | "backup_code";

/**
 * Checks a second factor of a user with 2FA enabled: a current TOTP code (±30 s) that has not been
 * accepted before, or an unused backup code, which this consumes. Null for anything else,
 * including a user without 2FA. Throttling failed attempts is the caller's job.
 */
export async function verifySecondFactor(userId: string, code: string): Promise<SecondFactor | null> {
  const input = code.replace(/\s/g, "");
  if (input.length > 32) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, mfaSecretEnc: true, mfaEnabledAt: true } });
  if (!user?.mfaEnabledAt || !user.mfaSecretEnc) return null;
  if (TOTP_CODE.test(input)) return (await spendTotpCode(userId, user.mfaSecretEnc, input)) ? "totp" : null;
  if (!looksLikeBackupCode(input) || !(await consumeBackupCode(userId, input))) return null;
  const remaining = await countUnusedBackupCodes(userId);
  await db.$transaction((tx) =>
    appendUserAuditEvents(tx, { userId, label: user.email }, { action: "user.backup_code_used", security: true, changes: { remaining } }),
  );
  return "backup_code";
}

/** Accepts the code and records its time step in one compare-and-swap, so a replay loses the race. */
async function spendTotpCode(userId: string, sealed: string, code: string): Promise<boolean> {
  const next = acceptTotpCode(userId, sealed, code);
  if (!next) return false;
  const { count } = await db.user.updateMany({ where: { id: userId, mfaSecretEnc: sealed }, data: { mfaSecretEnc: next } });
  return count === 1;
}
