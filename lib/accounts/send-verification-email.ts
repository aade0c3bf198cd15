import { db } from "@/lib/db";
import { enforceRateLimit } from "@/lib/api/rate-limit";
import { sendEmail } from "@/lib/email/send-email";
import { verifyEmailMessage } from "@/lib/email/templates/verify-email";
import { AppError } from "@/lib/errors";
import type { AccountRequestMeta } from "./account-meta";
import { appUrl } from "./app-url";
import { VERIFY_EMAIL_TTL_MS, issueEmailToken } from "./email-tokens";

/** Emails a fresh single-use verification link (24 h); earlier links stop working. */
export async function sendVerificationEmail(user: { id: string; email: string; name: string | null }, meta: AccountRequestMeta) {
  const token = await issueEmailToken(user.id, "VERIFY_EMAIL", VERIFY_EMAIL_TTL_MS);
  const url = appUrl(`/verify-email?token=${encodeURIComponent(token)}`, meta.origin);
  await sendEmail(verifyEmailMessage({ to: user.email, name: user.name, url }));
}

/**
 * "Send the link again" for a signed-in user who has not verified yet: at most 3 a minute (and
 * each new link cancels the previous one), so the button cannot be used to flood an inbox.
 */
export async function resendVerificationEmail(userId: string, meta: AccountRequestMeta): Promise<{ alreadyVerified: boolean }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, emailVerifiedAt: true } });
  if (!user) throw new AppError("unauthenticated", "Sign in again");
  if (user.emailVerifiedAt) return { alreadyVerified: true };
  await enforceRateLimit([{ key: `verify-email:user:${user.id}`, limit: 3 }]);
  await sendVerificationEmail(user, meta);
  return { alreadyVerified: false };
}
