import type { RequestMeta } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { activeLock, registerFailedSignIn } from "../lockout";
import { recordLoginAttempt } from "../login-attempts";
import { verifySecondFactor } from "../mfa/verify-second-factor";
import { recordSuccessfulSignIn } from "../record-successful-sign-in";
import { BROWSER_SESSION_TTL_MS, createUserSession } from "../sessions/create-user-session";
import { SignInError } from "../sign-in-error";
import { signInRateLimit } from "../sign-in-rate-limit";

/** How long the second step may wait after the provider's answer. */
export const PENDING_SECOND_FACTOR_MS = 10 * 60 * 1000;

/**
 * The second step of an OAuth sign-in for a user with 2FA, under the same rules as the password
 * step: per-IP rate limit, lockout, failures counted. Returns the new session's id.
 */
export async function completeOAuthSecondFactor(userId: string, code: string, method: string, meta: RequestMeta): Promise<string> {
  const retryAfterSeconds = await signInRateLimit(meta, userId);
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, lockedUntil: true, mfaEnabledAt: true } });
  if (!user) throw new SignInError({ reason: "invalid_credentials" });
  const attempt = { email: user.email, userId: user.id, method, meta };
  if (retryAfterSeconds !== null) {
    await recordLoginAttempt({ ...attempt, result: "RATE_LIMITED" });
    throw new SignInError({ reason: "rate_limited", retryAfterSeconds });
  }
  const lockedUntil = activeLock(user.lockedUntil);
  if (lockedUntil) {
    await recordLoginAttempt({ ...attempt, result: "LOCKED" });
    throw new SignInError({ reason: "account_locked", until: lockedUntil });
  }
  const given = code.trim();
  // 2FA turned off meanwhile: the provider's answer alone is what it would take now.
  const factor = user.mfaEnabledAt ? (given && given.length <= 64 ? await verifySecondFactor(user.id, given) : null) : "none";
  if (!factor) {
    await recordLoginAttempt({ ...attempt, result: "MFA_FAILED" });
    const locked = await registerFailedSignIn(user, "mfa_failed", meta, method);
    throw new SignInError(locked ? { reason: "account_locked", until: locked } : { reason: "mfa_invalid" });
  }
  const session = await createUserSession(user.id, "BROWSER", meta, BROWSER_SESSION_TTL_MS);
  await recordSuccessfulSignIn(user, { method, secondFactor: factor === "none" ? null : factor }, meta);
  return session.id;
}
