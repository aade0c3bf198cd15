import { beforeEach, describe, expect, it, vi } from "vitest";
import { newIp, uniqueEmail } from "@/lib/accounts/testing/route-client";
import { db } from "@/lib/db";
import { listOrganizationsForUser } from "@/lib/organizations/queries";
import { createUser } from "@/lib/testing/factories";
import { verifySecondFactor } from "../mfa/verify-second-factor";
import { activeSession } from "../sessions/active-session";
import { completeOAuthSecondFactor } from "./complete-second-factor";
import { signInWithOAuth } from "./sign-in-with-oauth";

vi.mock("../mfa/verify-second-factor", () => ({ verifySecondFactor: vi.fn() }));
beforeEach(() => vi.mocked(verifySecondFactor).mockReset());

const identity = (overrides: Partial<Parameters<typeof signInWithOAuth>[0]> = {}) => ({
  provider: "google",
  providerAccountId: `g-${Math.random().toString(36).slice(2)}`,
  email: uniqueEmail("oauth"),
  emailVerified: true,
  name: "Katherine Johnson",
  ...overrides,
});

describe("OAuth sign-in", () => {
  it("creates a new account with its own organization and a session, then finds it again by the provider account", async () => {
    const email = uniqueEmail("oauth");
    const who = identity({ email });
    const first = await signInWithOAuth(who, { ip: newIp() });
    expect(first.mfaPending).toBe(false);
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { oauthAccounts: true } });
    expect(user.passwordHash).toBeNull();
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.oauthAccounts).toMatchObject([{ provider: "google", providerAccountId: who.providerAccountId }]);
    expect((await listOrganizationsForUser(user.id)).map((o) => [o.name, o.builtInRoles])).toEqual([["Katherine Johnson's organization", ["ORG_ADMIN"]]]);
    if (!first.mfaPending) expect(await activeSession(first.sessionId)).toMatchObject({ userId: user.id, kind: "BROWSER" });

    const again = await signInWithOAuth({ ...who, email: "changed-at-provider@example.test" }, { ip: newIp() });
    expect(again.userId).toBe(user.id);
    expect(await db.loginAttempt.count({ where: { userId: user.id, method: "google", result: "SUCCESS" } })).toBe(2);
  });

  it("links to an existing account only when the provider verified the address", async () => {
    const existing = await createUser(undefined, { verified: false });
    await expect(signInWithOAuth(identity({ email: existing.email, emailVerified: false }), {})).rejects.toMatchObject({ reason: "oauth_email_unverified" });
    expect(await db.oAuthAccount.count({ where: { userId: existing.id } })).toBe(0);

    const linked = await signInWithOAuth(identity({ email: existing.email.toUpperCase(), provider: "github" }), {});
    expect(linked.userId).toBe(existing.id);
    expect(await db.oAuthAccount.count({ where: { userId: existing.id, provider: "github" } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).emailVerifiedAt).not.toBeNull();
    await expect(signInWithOAuth(identity({ email: undefined }), {})).rejects.toMatchObject({ reason: "oauth_email_missing" });
  });

  it("a user with 2FA gets no session until the second step passes; wrong codes count towards the lock", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { mfaEnabledAt: new Date() } });
    const pending = await signInWithOAuth(identity({ email: user.email }), {});
    expect(pending).toEqual({ userId: user.id, mfaPending: true });
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);

    vi.mocked(verifySecondFactor).mockResolvedValueOnce(null);
    await expect(completeOAuthSecondFactor(user.id, "111111", "google", { ip: newIp() })).rejects.toMatchObject({ failure: { reason: "mfa_invalid" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(1);

    vi.mocked(verifySecondFactor).mockResolvedValueOnce("totp");
    const sessionId = await completeOAuthSecondFactor(user.id, "222222", "google", { ip: newIp() });
    expect(await activeSession(sessionId)).toMatchObject({ userId: user.id });
    expect((await db.loginAttempt.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } })).map((a) => a.result)).toEqual([
      "MFA_REQUIRED",
      "MFA_FAILED",
      "SUCCESS",
    ]);
  });

  it("a locked account cannot sign in with a provider either", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + 60_000) } });
    await expect(signInWithOAuth(identity({ email: user.email }), {})).rejects.toMatchObject({ failure: { reason: "account_locked" } });
  });
});
