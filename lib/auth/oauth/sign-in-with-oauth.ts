import type { RequestMeta } from "@/lib/auth/context";
import { sendVerificationEmail } from "@/lib/accounts/send-verification-email";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { createOrganizationWithOwner } from "@/lib/organizations/create-organization";
import { activeLock } from "../lockout";
import { recordLoginAttempt } from "../login-attempts";
import { appendUserAuditEvents } from "../mfa/append-user-audit-events";
import { recordSuccessfulSignIn } from "../record-successful-sign-in";
import { BROWSER_SESSION_TTL_MS, createUserSession } from "../sessions/create-user-session";
import { SignInError } from "../sign-in-error";

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  email: string | null | undefined;
  /** Whether the provider vouches for the address (Google and OIDC `email_verified`, GitHub's verified flag). */
  emailVerified: boolean;
  name: string | null | undefined;
}

/** Why an OAuth sign-in was refused before any account was touched; the login page explains it. */
export class OAuthSignInRefused extends Error {
  constructor(readonly reason: "oauth_email_missing" | "oauth_email_unverified") {
    super(reason);
    this.name = "OAuthSignInRefused";
  }
}

export type OAuthSignInResult = { userId: string; sessionId: string; mfaPending: false } | { userId: string; mfaPending: true };

/**
 * Signs in with a provider identity: the account already linked to it; or the account with the
 * same address, linked now only when the provider verified that address; or a new account with its
 * own organization (like registration). Locks apply. A user with 2FA gets no session yet: the
 * second step (completeOAuthSecondFactor) creates it.
 */
export async function signInWithOAuth(identity: OAuthIdentity, meta: RequestMeta): Promise<OAuthSignInResult> {
  const user = await findOrCreateUser(identity, meta);
  const attempt = { email: user.email, userId: user.id, method: identity.provider, meta };
  const lockedUntil = activeLock(user.lockedUntil);
  if (lockedUntil) {
    await recordLoginAttempt({ ...attempt, result: "LOCKED" });
    throw new SignInError({ reason: "account_locked", until: lockedUntil });
  }
  if (user.mfaEnabledAt) {
    await recordLoginAttempt({ ...attempt, result: "MFA_REQUIRED" });
    return { userId: user.id, mfaPending: true };
  }
  const session = await createUserSession(user.id, "BROWSER", meta, BROWSER_SESSION_TTL_MS);
  await recordSuccessfulSignIn(user, { method: identity.provider }, meta);
  return { userId: user.id, sessionId: session.id, mfaPending: false };
}

const USER_SELECT = { id: true, email: true, name: true, lockedUntil: true, mfaEnabledAt: true, emailVerifiedAt: true } as const;

async function findOrCreateUser(identity: OAuthIdentity, meta: RequestMeta) {
  const { provider, providerAccountId } = identity;
  const linked = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: USER_SELECT } },
  });
  if (linked) return linked.user;

  const email = identity.email?.trim().toLowerCase();
  if (!email || email.length > 254) throw new OAuthSignInRefused("oauth_email_missing");
  const existing = await db.user.findUnique({ where: { email }, select: USER_SELECT });
  if (existing && !identity.emailVerified) throw new OAuthSignInRefused("oauth_email_unverified");
  const audit = { label: email, requestId: meta.requestId, ip: meta.ip, userAgent: meta.userAgent };

  if (existing) {
    await db.$transaction(async (tx) => {
      await tx.oAuthAccount.create({ data: { userId: existing.id, provider, providerAccountId }, select: { id: true } });
      if (!existing.emailVerifiedAt) await tx.user.update({ where: { id: existing.id }, data: { emailVerifiedAt: new Date() }, select: { id: true } });
      await appendUserAuditEvents(tx, { userId: existing.id, ...audit }, { action: "user.oauth_linked", security: true, changes: { provider } });
    });
    return existing;
  }

  const name = identity.name?.trim().slice(0, 100) || null;
  const created = await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name, emailVerifiedAt: identity.emailVerified ? new Date() : null },
      select: USER_SELECT,
    });
    await tx.oAuthAccount.create({ data: { userId: user.id, provider, providerAccountId }, select: { id: true } });
    const organizationName = `${name ?? email.split("@")[0]}'s organization`.slice(0, 100);
    await createOrganizationWithOwner(tx, { name: organizationName }, { userId: user.id, ...audit });
    await appendUserAuditEvents(tx, { userId: user.id, ...audit }, { action: "user.registered", changes: { email, provider } });
    return user;
  });
  if (!created.emailVerifiedAt) {
    await sendVerificationEmail(created, meta).catch((error: unknown) => logger.error("Could not send the verification email", error));
  }
  return created;
}
