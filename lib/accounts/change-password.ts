import { enforceRateLimit } from "@/lib/api/rate-limit";
import { appendUserAuditEvents } from "@/lib/auth/mfa/append-user-audit-events";
import { assertAcceptablePassword } from "@/lib/auth/password-policy/check-password";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { revokeOtherSessions } from "@/lib/auth/sessions/revoke-sessions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AccountCaller } from "./account-meta";
import { notifyPasswordChanged } from "./notify-password-changed";
import type { ChangePasswordInput } from "./schemas";

/**
 * Changes the password of the signed-in user, who must give the current one (a hijacked session
 * alone cannot take the account over). Every other session ends; the one in use stays.
 */
export async function changePassword(caller: AccountCaller, input: ChangePasswordInput): Promise<{ sessionsRevoked: number }> {
  await enforceRateLimit([{ key: `change-password:user:${caller.userId}`, limit: 5 }]);
  const user = await db.user.findUnique({ where: { id: caller.userId }, select: { id: true, email: true, passwordHash: true } });
  if (!user) throw new AppError("unauthenticated", "Sign in again");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const message = user.passwordHash ? "The current password is incorrect" : "This account signs in with a provider and has no password: use \"Forgot password\" to set one";
    throw new AppError("validation_failed", message, { errors: [{ path: "currentPassword", message }] });
  }
  if (input.newPassword === input.currentPassword) {
    const message = "Choose a password different from the current one";
    throw new AppError("validation_failed", message, { errors: [{ path: "newPassword", message }] });
  }
  assertAcceptablePassword(input.newPassword, { email: user.email }, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const sessionsRevoked = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date() }, select: { id: true } });
    const revoked = await revokeOtherSessions(user.id, caller.sessionId, tx);
    const { requestId, ip, userAgent } = caller;
    await appendUserAuditEvents(tx, { userId: user.id, label: user.email, requestId, ip, userAgent }, {
      action: "user.password_changed",
      security: true,
      changes: { sessionsRevoked: revoked },
    });
    return revoked;
  });
  await notifyPasswordChanged(user.email, "changed", caller);
  return { sessionsRevoked };
}
