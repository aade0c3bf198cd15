import { setTimeout as sleep } from "node:timers/promises";
import { enforceRateLimit } from "@/lib/api/rate-limit";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { resetPasswordMessage } from "@/lib/email/templates/reset-password";
import { logger } from "@/lib/logger";
import type { AccountRequestMeta } from "./account-meta";
import { appUrl } from "./app-url";
import { RESET_PASSWORD_TTL_MS, issueEmailToken } from "./email-tokens";

export const RESET_REQUEST_ANSWER = "If an account exists for this email address, we sent it a link to reset the password. The link expires in one hour.";

/** Reset requests per client IP and per address per minute. */
const PER_IP = 10;
const PER_EMAIL = 3;
/** Every answer takes at least this long, so the time does not tell whether the account exists. */
export const RESET_ANSWER_FLOOR_MS = 600;

/**
 * Emails a single-use reset link (1 h) when the address belongs to an account. The answer, its
 * status and (within the floor) its timing are the same whether or not it does. Failures to send
 * are logged, never reported to the caller for the same reason.
 */
export async function requestPasswordReset(email: string, meta: AccountRequestMeta, floorMs = RESET_ANSWER_FLOOR_MS): Promise<{ message: string }> {
  const started = performance.now();
  await enforceRateLimit([
    { key: `reset:ip:${meta.ip ?? "unknown"}`, limit: PER_IP },
    { key: `reset:email:${email}`, limit: PER_EMAIL },
  ]);
  try {
    const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
    if (user) {
      const token = await issueEmailToken(user.id, "RESET_PASSWORD", RESET_PASSWORD_TTL_MS);
      const url = appUrl(`/reset-password?token=${encodeURIComponent(token)}`, meta.origin);
      await sendEmail(resetPasswordMessage({ to: user.email, url }));
    }
  } catch (error) {
    logger.error("Could not send a password reset email", error);
  }
  const elapsed = performance.now() - started;
  // A little jitter on top of the floor, so repeated measurements do not line up exactly.
  const wait = floorMs - elapsed + (floorMs > 0 ? Math.random() * 50 : 0);
  if (wait > 0) await sleep(wait);
  return { message: RESET_REQUEST_ANSWER };
}
