import type { RequestMeta } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { activeLock, registerFailedSignIn } from "./lockout";
import { recordLoginAttempt } from "./login-attempts";
import { verifySecondFactor } from "./mfa/verify-second-factor";
import { dummyPasswordHash, verifyPassword } from "./passwords";
import { SignInError } from "./sign-in-error";
import { recordSuccessfulSignIn } from "./record-successful-sign-in";
import { signInRateLimit } from "./sign-in-rate-limit";

export interface PasswordSignIn {
  email: string;
  password: string;
  /** The second factor (TOTP or backup code), when the user has 2FA. */
  code?: string;
  meta: RequestMeta;
}

export interface AuthenticatedAccount {
  userId: string;
  email: string;
  name: string | null;
}

// Longer inputs are refused before hashing: argon2 over megabytes is a cheap denial of service.
const MAX_PASSWORD_LENGTH = 1024;
const MAX_CODE_LENGTH = 64;

/**
 * The one credential check, for the browser sign-in (next-auth) and API token sign-in alike. Rate
 * limited per IP; five failures in a row lock the account for 15 minutes; every attempt is
 * recorded. An unknown email and a wrong password get the same answer after the same work.
 * Throws SignInError (an AppError); the caller creates the session.
 */
export async function authenticatePassword({ email: rawEmail, password, code, meta }: PasswordSignIn): Promise<AuthenticatedAccount> {
  const email = rawEmail.trim().toLowerCase().slice(0, 254);
  const retryAfterSeconds = await signInRateLimit(meta, email);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, lockedUntil: true, mfaEnabledAt: true },
  });
  const attempt = { email, userId: user?.id, meta };

  if (retryAfterSeconds !== null) {
    await recordLoginAttempt({ ...attempt, result: "RATE_LIMITED" });
    throw new SignInError({ reason: "rate_limited", retryAfterSeconds });
  }
  const lockedUntil = activeLock(user?.lockedUntil ?? null);
  if (user && lockedUntil) {
    await recordLoginAttempt({ ...attempt, result: "LOCKED" });
    throw new SignInError({ reason: "account_locked", until: lockedUntil });
  }

  const tooLong = password.length > MAX_PASSWORD_LENGTH;
  const hash = user?.passwordHash ?? (await dummyPasswordHash());
  const passwordOk = !tooLong && (await verifyPassword(hash, password)) && Boolean(user?.passwordHash);
  if (!user) {
    await recordLoginAttempt({ ...attempt, result: "UNKNOWN_USER" });
    throw new SignInError({ reason: "invalid_credentials" });
  }
  if (!passwordOk) {
    await recordLoginAttempt({ ...attempt, result: "BAD_PASSWORD" });
    const locked = await registerFailedSignIn(user, "bad_password", meta);
    throw new SignInError(locked ? { reason: "account_locked", until: locked } : { reason: "invalid_credentials" });
  }

  let secondFactor: string | null = null;
  if (user.mfaEnabledAt) {
    const given = code?.trim() ?? "";
    if (!given) {
      await recordLoginAttempt({ ...attempt, result: "MFA_REQUIRED" });
      throw new SignInError({ reason: "mfa_required" });
    }
    const factor = given.length <= MAX_CODE_LENGTH ? await verifySecondFactor(user.id, given) : null;
    if (!factor) {
      await recordLoginAttempt({ ...attempt, result: "MFA_FAILED" });
      const locked = await registerFailedSignIn(user, "mfa_failed", meta);
      throw new SignInError(locked ? { reason: "account_locked", until: locked } : { reason: "mfa_invalid" });
    }
    secondFactor = factor;
  }

  await recordSuccessfulSignIn(user, { method: "password", secondFactor }, meta);
  return { userId: user.id, email: user.email, name: user.name };
}
