import { getServerSession } from "next-auth";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getMe } from "@/app/api/v1/users/me/route";
import { revokeMyOtherSessions, revokeMySession } from "@/lib/accounts/manage-sessions";
import { callRoute } from "@/lib/accounts/testing/route-client";
import { hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { createMember, createUser } from "@/lib/testing/factories";
import { getCurrentSession, getCurrentUser } from "../current-user";
import { LAST_SEEN_THROTTLE_MS, activeSession } from "./active-session";
import { createUserSession } from "./create-user-session";
import { listActiveSessions } from "./list-sessions";
import { revokeOtherSessions, revokeSession } from "./revoke-sessions";

vi.mock("next-auth", async (original) => ({ ...(await original<typeof import("next-auth")>()), getServerSession: vi.fn() }));

const HOUR = 3_600_000;
const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

/** The browser presents a next-auth cookie naming this user and session. */
function cookieFor(userId: string, sid: string | undefined) {
  vi.mocked(getServerSession).mockResolvedValue({ user: { id: userId, sid, mfaPending: false }, expires: "" });
}

beforeEach(() => vi.mocked(getServerSession).mockResolvedValue(null));

describe("sessions", () => {
  it("a revoked session stops working at once, for pages and for REST", async () => {
    const { user } = await createMember("VIEWER");
    const session = await createUserSession(user.id, "BROWSER", { ip: "10.0.0.1", userAgent: CHROME }, HOUR);
    cookieFor(user.id, session.id);
    expect(await getCurrentSession()).toMatchObject({ sessionId: session.id, user: { id: user.id, email: user.email }, emailVerified: true });
    expect((await callRoute(getMe, { method: "GET" })).status).toBe(200);

    expect(await revokeSession(user.id, session.id)).toBe(true);
    expect(await getCurrentUser()).toBeNull();
    const refused = await callRoute(getMe, { method: "GET" });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe("unauthenticated");
  });

  it("refuses a cookie without a session id, with another user's session, with an expired session or waiting for 2FA", async () => {
    const a = await createUser();
    const b = await createUser();
    const sessionOfB = await createUserSession(b.id, "BROWSER", {}, HOUR);
    cookieFor(a.id, undefined);
    expect(await getCurrentUser()).toBeNull();
    cookieFor(a.id, sessionOfB.id);
    expect(await getCurrentUser()).toBeNull();
    const expired = await createUserSession(a.id, "BROWSER", {}, HOUR);
    await db.userSession.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    cookieFor(a.id, expired.id);
    expect(await getCurrentUser()).toBeNull();
    const good = await createUserSession(a.id, "BROWSER", {}, HOUR);
    vi.mocked(getServerSession).mockResolvedValue({ user: { id: a.id, sid: good.id, mfaPending: true }, expires: "" });
    expect(await getCurrentUser()).toBeNull();
    cookieFor(a.id, "not-a-uuid");
    expect(await getCurrentUser()).toBeNull();
  });

  it("updates last seen at most once a minute", async () => {
    const user = await createUser();
    const session = await createUserSession(user.id, "BROWSER", {}, HOUR);
    const old = new Date(Date.now() - 5 * 60_000);
    await db.userSession.update({ where: { id: session.id }, data: { lastSeenAt: old } });
    const seen = (await activeSession(session.id))!.lastSeenAt;
    expect(seen.getTime()).toBeGreaterThan(old.getTime());
    const recent = new Date(Date.now() - LAST_SEEN_THROTTLE_MS / 2);
    await db.userSession.update({ where: { id: session.id }, data: { lastSeenAt: recent } });
    await activeSession(session.id);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(recent);
  });

  it("lists active sessions with device and current marker; revoking others keeps the current one and ends refresh tokens", async () => {
    const { user, organization } = await createMember("ORG_MEMBER");
    const current = await createUserSession(user.id, "BROWSER", { ip: "10.1.1.1", userAgent: CHROME }, HOUR);
    const phone = await createUserSession(user.id, "BROWSER", { ip: "10.1.1.2", userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Safari/604.1" }, HOUR);
    const api = await createUserSession(user.id, "API", { ip: "10.1.1.3", userAgent: "curl/8.5.0" }, HOUR);
    const refresh = await db.refreshToken.create({
      data: { userId: user.id, sessionId: api.id, tokenHash: hashToken(`t-${api.id}`), expiresAt: new Date(Date.now() + HOUR) },
    });
    const listed = await listActiveSessions(user.id, current.id);
    expect(listed.map((s) => [s.device, s.current])).toEqual(
      expect.arrayContaining([["Chrome on Windows", true], ["Safari on iPhone", false], ["curl", false]]),
    );

    const caller = { userId: user.id, sessionId: current.id, ip: "10.1.1.1" };
    expect(await revokeMyOtherSessions(caller)).toBe(2);
    expect((await listActiveSessions(user.id, current.id)).map((s) => s.id)).toEqual([current.id]);
    expect(await activeSession(phone.id)).toBeNull();
    expect((await db.refreshToken.findUniqueOrThrow({ where: { id: refresh.id } })).expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, action: "session.others_revoked", security: true } })).toBe(1);
  });

  it("a user cannot revoke someone else's session", async () => {
    const a = await createUser();
    const b = await createUser();
    const sessionOfB = await createUserSession(b.id, "BROWSER", {}, HOUR);
    await expect(revokeMySession({ userId: a.id }, sessionOfB.id)).rejects.toMatchObject({ status: 404 });
    expect(await revokeOtherSessions(a.id)).toBe(0);
    expect(await activeSession(sessionOfB.id)).not.toBeNull();
  });
});
