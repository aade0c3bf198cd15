import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { newIp } from "@/lib/accounts/testing/route-client";
import { db } from "@/lib/db";
import { TEST_PASSWORD, createUser } from "@/lib/testing/factories";
import { authOptions } from "./options";
import type { ClaimsToken, SignedInUser } from "./session-claims";
import { activeSession } from "./sessions/active-session";
import { verifySecondFactor } from "./mfa/verify-second-factor";
import { decodeSignInFailure } from "./sign-in-failure";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": newIp(), "user-agent": "Firefox/127.0" }) }));
vi.mock("./mfa/verify-second-factor", () => ({ verifySecondFactor: vi.fn() }));
beforeEach(() => vi.mocked(verifySecondFactor).mockReset());

function credentialsAuthorize() {
  const provider = authOptions().providers.find((p) => p.id === "credentials") as CredentialsConfig & { options: CredentialsConfig };
  return (credentials: Record<string, string>, ip = newIp()) =>
    provider.options.authorize(credentials, { headers: { "x-forwarded-for": ip, "user-agent": "Firefox/127.0" } } as never);
}

const errorOf = (promise: Promise<unknown>) => promise.then(() => "no error", (e: Error) => e.message);

describe("next-auth browser sign-in", () => {
  it("creates a session row named in the JWT, and signing out revokes it", async () => {
    const user = await createUser();
    const authorize = credentialsAuthorize();
    const signedIn = (await authorize({ email: user.email, password: TEST_PASSWORD, csrfToken: "x", callbackUrl: "/app" })) as SignedInUser;
    expect(signedIn).toMatchObject({ id: user.id, email: user.email });
    const session = await db.userSession.findUniqueOrThrow({ where: { id: signedIn.sessionId! } });
    expect(session).toMatchObject({ userId: user.id, kind: "BROWSER", userAgent: "Firefox/127.0" });

    const options = authOptions();
    const token = (await options.callbacks!.jwt!({ token: {}, user: signedIn as never, account: null })) as ClaimsToken;
    expect(token).toMatchObject({ sub: user.id, sid: session.id });
    expect(token.mfaPending).toBeUndefined();
    const exposed = await options.callbacks!.session!({ session: { user: {}, expires: "" }, token } as never);
    expect(exposed.user).toMatchObject({ id: user.id, sid: session.id, mfaPending: false });

    await options.events!.signOut!({ token, session: undefined as never });
    expect(await activeSession(session.id)).toBeNull();
  });

  it("reports why a sign-in failed with codes the login form decodes, never internals", async () => {
    const user = await createUser();
    const authorize = credentialsAuthorize();
    expect(decodeSignInFailure(await errorOf(authorize({ email: user.email, password: "wrong" })))).toEqual({ reason: "invalid_credentials" });
    expect(decodeSignInFailure(await errorOf(authorize({ email: 42 as never, password: "x" })))).toEqual({ reason: "invalid_credentials" });

    await db.user.update({ where: { id: user.id }, data: { mfaEnabledAt: new Date() } });
    expect(await errorOf(authorize({ email: user.email, password: TEST_PASSWORD }))).toBe("mfa_required");
    // An empty code field is no code.
    expect(await errorOf(authorize({ email: user.email, password: TEST_PASSWORD, code: "" }))).toBe("mfa_required");

    const until = new Date(Date.now() + 600_000);
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: until } });
    expect(decodeSignInFailure(await errorOf(authorize({ email: user.email, password: TEST_PASSWORD })))).toEqual({ reason: "account_locked", until });
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("the second step after a provider sign-in (session update)", () => {
  const update = (token: ClaimsToken, code: string) =>
    authOptions().callbacks!.jwt!({ token, user: undefined as never, account: null, trigger: "update", session: { code } }) as Promise<ClaimsToken>;

  it("keeps the sign-in pending on a wrong code and starts the session on a right one", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { mfaEnabledAt: new Date() } });
    const pending: ClaimsToken = { sub: user.id, mfaPending: { method: "google", since: Date.now() } };

    vi.mocked(verifySecondFactor).mockResolvedValueOnce(null);
    const wrong = await update({ ...pending }, "000000");
    expect(wrong).toMatchObject({ sub: user.id, signInError: "mfa_invalid" });
    expect(wrong.mfaPending).toBeDefined();
    expect(wrong.sid).toBeUndefined();

    vi.mocked(verifySecondFactor).mockResolvedValueOnce("totp");
    const right = await update(wrong, "123456");
    expect(right.mfaPending).toBeUndefined();
    expect(right.signInError).toBeUndefined();
    expect(await activeSession(right.sid!)).toMatchObject({ userId: user.id });
  });

  it("starts over when the second step comes too late, and ignores updates of a finished sign-in", async () => {
    const user = await createUser();
    const late = await update({ sub: user.id, mfaPending: { method: "github", since: Date.now() - 11 * 60_000 } }, "123456");
    expect(late.sub).toBeUndefined();
    expect(late.mfaPending).toBeUndefined();
    expect(verifySecondFactor).not.toHaveBeenCalled();
    const done = await update({ sub: user.id, sid: "0198f3b2-0000-7000-8000-000000000001" }, "123456");
    expect(done).toEqual({ sub: user.id, sid: "0198f3b2-0000-7000-8000-000000000001" });
  });
});
