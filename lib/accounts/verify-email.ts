import { appendUserAuditEvents } from "@/lib/auth/mfa/append-user-audit-events";
import { db } from "@/lib/db";
import type { AccountRequestMeta } from "./account-meta";
import { consumeEmailToken } from "./email-tokens";

/**
 * Confirms the address of the account the link was sent to. Single use: a second click answers
 * invalid_token (the page then shows whether the address is already confirmed).
 */
export async function verifyEmail(token: string, meta: AccountRequestMeta): Promise<{ userId: string; email: string }> {
  return db.$transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, token, "VERIFY_EMAIL");
    const user = await tx.user.update({
      where: { id: userId },
      data: { emailVerifiedAt: new Date() },
      select: { id: true, email: true },
    });
    const { requestId, ip, userAgent } = meta;
    await appendUserAuditEvents(tx, { userId, label: user.email, requestId, ip, userAgent }, {
      action: "user.email_verified",
      changes: { email: user.email },
    });
    return { userId: user.id, email: user.email };
  });
}
