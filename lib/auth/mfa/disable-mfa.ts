import type { UserCaller } from "@/lib/auth/tokens/user-caller";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appendUserAuditEvents } from "./append-user-audit-events";
import { requireSecondFactor } from "./require-second-factor";

/**
 * Turns 2FA off with a current code (an authenticator code or a backup code, for someone who lost
 * the device and signed in with one): the secret and all backup codes are deleted.
 *
 * Other sessions are kept. The code proves the caller holds the second factor, so this is the
 * owner; a stolen session could not have got this far, and ending the owner's other devices would
 * protect nothing. Organizations that require 2FA re-check it on every request, so those sessions
 * lose access to them at once anyway.
 */
export async function disableMfa(caller: UserCaller, code: string): Promise<void> {
  const user = await requireSecondFactor(caller, code);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: caller.userId, mfaEnabledAt: { not: null } },
      data: { mfaSecretEnc: null, mfaEnabledAt: null },
    });
    if (count !== 1) throw new AppError("conflict", "Two-factor authentication is already off");
    await tx.mfaBackupCode.deleteMany({ where: { userId: caller.userId } });
    await appendUserAuditEvents(tx, { ...caller, label: user.email }, { action: "user.mfa_disabled", security: true });
  });
}
