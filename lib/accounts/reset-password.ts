import { appendUserAuditEvents } from "@/lib/auth/mfa/append-user-audit-events";
import { assertAcceptablePassword } from "@/lib/auth/password-policy/check-password";
import { hashPassword } from "@/lib/auth/passwords";
import { revokeOtherSessions } from "@/lib/auth/sessions/revoke-sessions";
import { db } from "@/lib/db";
import type { AccountRequestMeta } from "./account-meta";
import { consumeEmailToken, peekEmailToken } from "./email-tokens";
import { notifyPasswordChanged } from "./notify-password-changed";

/**
 * Sets a new password with a reset link. Single use; ends every session of the account (and their
 * refresh tokens), lifts a lockout, and counts as proof of the address. The user gets a notice.
 */
export async function resetPassword(
  input: { token: string; password: string },
  meta: AccountRequestMeta,
): Promise<{ userId: string; email: string; sessionsRevoked: number }> {
  // Checked before the token is spent, so a rejected password does not burn the link.
  const owner = await peekEmailToken(input.token, "RESET_PASSWORD");
  assertAcceptablePassword(input.password, { email: owner.email });
  const passwordHash = await hashPassword(input.password);

  const result = await db.$transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, input.token, "RESET_PASSWORD");
    const now = new Date();
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: now, failedLoginCount: 0, lockedUntil: null },
      select: { id: true, email: true, emailVerifiedAt: true },
    });
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: now }, select: { id: true } });
    // Any other reset link still out there dies with this one.
    await tx.emailToken.updateMany({ where: { userId, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: now } });
    const sessionsRevoked = await revokeOtherSessions(userId, undefined, tx);
    const { requestId, ip, userAgent } = meta;
    await appendUserAuditEvents(tx, { userId, label: user.email, requestId, ip, userAgent }, {
      action: "user.password_reset",
      security: true,
      changes: { sessionsRevoked },
    });
    return { userId, email: user.email, sessionsRevoked };
  });
  await notifyPasswordChanged(result.email, "reset", meta);
  return result;
}
