import type { RequestMeta } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { appendUserAuditEvents } from "./mfa/append-user-audit-events";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export type FailureKind = "bad_password" | "mfa_failed";

/**
 * Counts one failed sign-in of a known user and, at the fifth in a row, locks the account for 15
 * minutes (the counter restarts, so after the lock five more tries are allowed). The row update
 * serialises concurrent failures; the security events go to each of the user's organizations in
 * the same transaction. Returns the end of the lock when this failure caused it.
 */
export async function registerFailedSignIn(
  user: { id: string; email: string },
  kind: FailureKind,
  meta: RequestMeta,
  method = "password",
): Promise<Date | null> {
  return db.$transaction(async (tx) => {
    const { failedLoginCount } = await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: { increment: 1 } },
      select: { failedLoginCount: true },
    });
    const lockedUntil = failedLoginCount >= MAX_FAILED_SIGN_INS ? new Date(Date.now() + LOCKOUT_MS) : null;
    if (lockedUntil) {
      await tx.user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0 }, select: { id: true } });
    }
    // The actor is whoever typed the password, not necessarily the user: record it as the system.
    const actor = { userId: user.id, label: user.email, actorType: "system" as const, ...meta };
    await appendUserAuditEvents(tx, actor, {
      action: "auth.login_failed",
      security: true,
      changes: { email: user.email, reason: kind, method, consecutiveFailures: failedLoginCount },
    });
    if (lockedUntil) {
      await appendUserAuditEvents(tx, actor, {
        action: "auth.account_locked",
        security: true,
        changes: { email: user.email, lockedUntil: lockedUntil.toISOString(), afterFailures: failedLoginCount },
      });
    }
    return lockedUntil;
  });
}

/** A successful sign-in resets the count; a no-op write is skipped. */
export async function clearFailedSignIns(userId: string): Promise<void> {
  await db.user.updateMany({
    where: { id: userId, OR: [{ failedLoginCount: { gt: 0 } }, { lockedUntil: { not: null } }] },
    data: { failedLoginCount: 0, lockedUntil: null },
  });
}

/** The end of a lock still in force, or null. */
export function activeLock(lockedUntil: Date | null, now = new Date()): Date | null {
  return lockedUntil && lockedUntil > now ? lockedUntil : null;
}
