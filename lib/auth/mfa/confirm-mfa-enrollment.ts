import type { UserCaller } from "@/lib/auth/tokens/user-caller";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appendUserAuditEvents } from "./append-user-audit-events";
import { replaceBackupCodes } from "./backup-codes";
import type { BackupCodes } from "./schemas";
import { throttleCodeAttempts } from "./throttle-code-attempts";
import { acceptTotpCode } from "./totp";
import { wrongCode } from "./wrong-code";

/**
 * Step two: a code from the app proves it holds the secret. 2FA is then in force, and the ten
 * backup codes are returned, the only time they exist in clear.
 */
export async function confirmMfaEnrollment(caller: UserCaller, code: string): Promise<BackupCodes> {
  await throttleCodeAttempts(caller.userId);
  const user = await db.user.findUnique({
    where: { id: caller.userId },
    select: { email: true, mfaSecretEnc: true, mfaEnabledAt: true },
  });
  if (!user) throw new AppError("unauthenticated", "Sign in again");
  if (user.mfaEnabledAt) throw new AppError("conflict", "Two-factor authentication is already on");
  if (!user.mfaSecretEnc) throw new AppError("bad_request", "Start setting up two-factor authentication first");
  const next = acceptTotpCode(caller.userId, user.mfaSecretEnc, code.replace(/\s/g, ""));
  if (!next) throw wrongCode();
  const sealed = user.mfaSecretEnc;
  return db.$transaction(async (tx) => {
    // Compare-and-swap: a concurrent restart of the enrollment or a second confirmation loses.
    const { count } = await tx.user.updateMany({
      where: { id: caller.userId, mfaSecretEnc: sealed, mfaEnabledAt: null },
      data: { mfaSecretEnc: next, mfaEnabledAt: new Date() },
    });
    if (count !== 1) throw new AppError("conflict", "The setup changed meanwhile; start again");
    const backupCodes = await replaceBackupCodes(tx, caller.userId);
    await appendUserAuditEvents(tx, { ...caller, label: user.email }, { action: "user.mfa_enabled", security: true });
    return { backupCodes };
  });
}
