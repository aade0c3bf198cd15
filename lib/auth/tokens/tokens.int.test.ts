import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/v1/auth/login/route";
import { POST as logout } from "@/app/api/v1/auth/logout/route";
import { POST as refresh } from "@/app/api/v1/auth/refresh/route";
import { GET as listJobs } from "@/app/api/v1/jobs/route";
import { revokeSession } from "@/lib/auth/sessions/revoke-sessions";
import type { ApiRouteContext } from "@/lib/api/with-api";
import { db } from "@/lib/db";
import { TEST_PASSWORD, createMember, createUser } from "@/lib/testing/factories";
import { verifyAccessToken } from "./access-token";

// Each test signs in from its own address, so the per-IP sign-in limit never couples tests.
const newIp = () => `10.${[...randomBytes(3)].join(".")}`;
type Route = (request: Request, context: ApiRouteContext) => Promise<Response>;
const noParams = { params: Promise.resolve({}) };

function post(route: Route, body: unknown, headers: Record<string, string> = {}) {
  return route(
    new Request("http://localhost/api/v1/x", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    noParams,
  );
}

const jobsWith = (accessToken: string) =>
  listJobs(new Request("http://localhost/api/v1/jobs", { headers: { authorization: `Bearer ${accessToken}` } }), noParams);

interface Pair {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  refreshTokenExpiresAt: string;
  tokenType: string;
}

async function signIn(email: string, ip = newIp()): Promise<Pair> {
  const response = await post(login, { email, password: TEST_PASSWORD }, { "x-forwarded-for": ip });
  expect(response.status).toBe(200);
  return response.json();
}

describe("POST /auth/login", () => {
  it("returns a 15-minute access token and a 7-day refresh token that work on REST routes", async () => {
    const { user } = await createMember("VIEWER");
    const before = Date.now();
    const response = await post(login, { email: user.email, password: TEST_PASSWORD }, { "x-forwarded-for": newIp() });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const after = Date.now();
    const pair: Pair = await response.json();
    expect(pair.tokenType).toBe("Bearer");
    // Issued between before and after; JWT times are whole seconds.
    const accessExpiry = Date.parse(pair.accessTokenExpiresAt);
    expect(accessExpiry).toBeGreaterThanOrEqual(before - 1000 + 15 * 60_000);
    expect(accessExpiry).toBeLessThanOrEqual(after + 15 * 60_000);
    const refreshExpiry = Date.parse(pair.refreshTokenExpiresAt);
    expect(refreshExpiry).toBeGreaterThanOrEqual(before + 7 * 86_400_000);
    expect(refreshExpiry).toBeLessThanOrEqual(after + 7 * 86_400_000);

    const claims = await verifyAccessToken(pair.accessToken);
    expect(claims?.userId).toBe(user.id);
    const session = await db.userSession.findUniqueOrThrow({ where: { id: claims!.sessionId } });
    expect(session).toMatchObject({ userId: user.id, kind: "API", revokedAt: null });
    // Only the hash of the refresh token is stored.
    const stored = await db.refreshToken.findMany({ where: { sessionId: session.id } });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(pair.refreshToken);

    const jobs = await jobsWith(pair.accessToken);
    expect(jobs.status).toBe(200);
    expect(await jobs.json()).toEqual({ data: [], nextCursor: null });
  });

  it("refuses a wrong password with 401 and creates no session", async () => {
    const user = await createUser();
    const response = await post(login, { email: user.email, password: "wrong password, long enough" }, { "x-forwarded-for": newIp() });
    expect(response.status).toBe(401);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("rejects forged, tampered and malformed access tokens", async () => {
    const { user } = await createMember();
    const pair = await signIn(user.email);
    const [header, payload, signature] = pair.accessToken.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
    const otherUser = Buffer.from(JSON.stringify({ ...claims, sub: crypto.randomUUID() })).toString("base64url");
    for (const token of [`${header}.${otherUser}.${signature}`, `${pair.accessToken}x`, "not-a-token", pair.refreshToken]) {
      const response = await jobsWith(token);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: "unauthenticated" });
    }
  });
});

describe("POST /auth/refresh", () => {
  it("rotates the pair; reusing a spent refresh token revokes the whole family", async () => {
    const { user, organization } = await createMember();
    const first = await signIn(user.email);

    const rotated = await post(refresh, { refreshToken: first.refreshToken });
    expect(rotated.status).toBe(200);
    const second: Pair = await rotated.json();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await verifyAccessToken(second.accessToken))?.sessionId).toBe((await verifyAccessToken(first.accessToken))?.sessionId);
    expect((await jobsWith(second.accessToken)).status).toBe(200);

    // The spent token again: the thief (or a confused client) loses the session, and so does everyone else.
    const reused = await post(refresh, { refreshToken: first.refreshToken }, { "x-forwarded-for": "198.51.100.66" });
    expect(reused.status).toBe(401);
    expect((await jobsWith(second.accessToken)).status).toBe(401);
    expect((await post(refresh, { refreshToken: second.refreshToken })).status).toBe(401);

    const sessionId = (await verifyAccessToken(first.accessToken))!.sessionId;
    expect((await db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();
    const event = await db.auditEvent.findFirst({ where: { organizationId: organization.id, action: "auth.refresh_token_reused" } });
    expect(event).toMatchObject({ security: true, targetId: user.id, ip: "198.51.100.66" });
  });

  it("lets exactly one of two concurrent refreshes with the same token win", async () => {
    const { user } = await createMember();
    const pair = await signIn(user.email);
    const statuses = (await Promise.all([post(refresh, { refreshToken: pair.refreshToken }), post(refresh, { refreshToken: pair.refreshToken })])).map(
      (r) => r.status,
    );
    expect(statuses.sort()).toEqual([200, 401]);
  });

  it("refuses an unknown refresh token and one of a revoked session, without raising a reuse alarm", async () => {
    const { user, organization } = await createMember();
    expect((await post(refresh, { refreshToken: "x".repeat(43) })).status).toBe(401);
    const pair = await signIn(user.email);
    const sessionId = (await verifyAccessToken(pair.accessToken))!.sessionId;
    await revokeSession(user.id, sessionId);
    expect((await post(refresh, { refreshToken: pair.refreshToken })).status).toBe(401);
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, action: "auth.refresh_token_reused" } })).toBe(0);
  });
});

describe("access tokens and sessions", () => {
  it("stops working at once when the session is revoked", async () => {
    const { user } = await createMember();
    const pair = await signIn(user.email);
    expect((await jobsWith(pair.accessToken)).status).toBe(200);
    await revokeSession(user.id, (await verifyAccessToken(pair.accessToken))!.sessionId);
    expect((await jobsWith(pair.accessToken)).status).toBe(401);
  });

  it("acts in the organization named by header, and 404s for one the user is not a member of", async () => {
    const { user, organization } = await createMember("VIEWER");
    const other = await createMember();
    await db.membership.create({ data: { organizationId: other.organization.id, userId: user.id } });
    const pair = await signIn(user.email);
    const ask = (headers: Record<string, string>) =>
      listJobs(new Request("http://localhost/api/v1/jobs", { headers: { authorization: `Bearer ${pair.accessToken}`, ...headers } }), noParams);
    expect((await ask({})).status).toBe(400);
    expect((await ask({ "x-organization-slug": organization.slug })).status).toBe(200);
    const stranger = await createMember();
    expect((await ask({ "x-organization-slug": stranger.organization.slug })).status).toBe(404);
  });
});

describe("POST /auth/logout", () => {
  it("ends the session with the refresh token: both tokens stop working", async () => {
    const { user } = await createMember();
    const pair = await signIn(user.email);
    expect((await post(logout, { refreshToken: pair.refreshToken })).status).toBe(204);
    expect((await jobsWith(pair.accessToken)).status).toBe(401);
    expect((await post(refresh, { refreshToken: pair.refreshToken })).status).toBe(401);
  });

  it("ends the session with the access token and no body", async () => {
    const { user } = await createMember();
    const pair = await signIn(user.email);
    const response = await logout(
      new Request("http://localhost/api/v1/auth/logout", { method: "POST", headers: { authorization: `Bearer ${pair.accessToken}` } }),
      noParams,
    );
    expect(response.status).toBe(204);
    expect((await jobsWith(pair.accessToken)).status).toBe(401);
    expect((await post(refresh, { refreshToken: pair.refreshToken })).status).toBe(401);
  });

  it("answers 401 with neither token", async () => {
    expect((await post(logout, {})).status).toBe(401);
    expect((await post(logout, { refreshToken: "unknown" })).status).toBe(401);
  });
});

describe("bad input on the token routes", () => {
  const cases: [string, Route, unknown, string][] = [
    ["login: missing password", login, { email: "a@example.com" }, "body.password"],
    ["login: wrong type", login, { email: "a@example.com", password: 12345 }, "body.password"],
    ["login: not an email", login, { email: "nope", password: "x" }, "body.email"],
    ["login: oversize password", login, { email: "a@example.com", password: "x".repeat(1025) }, "body.password"],
    ["login: oversize code", login, { email: "a@example.com", password: "x", code: "1".repeat(33) }, "body.code"],
    ["login: unknown field", login, { email: "a@example.com", password: "x", remember: true }, "body.remember"],
    ["refresh: missing token", refresh, {}, "body.refreshToken"],
    ["refresh: wrong type", refresh, { refreshToken: 42 }, "body.refreshToken"],
    ["refresh: oversize token", refresh, { refreshToken: "x".repeat(513) }, "body.refreshToken"],
    ["refresh: unknown field", refresh, { refreshToken: "x", all: true }, "body.all"],
    ["logout: wrong type", logout, { refreshToken: ["x"] }, "body.refreshToken"],
    ["logout: unknown field", logout, { everywhere: true }, "body.everywhere"],
  ];

  it.each(cases)("%s → 400 naming the field, nothing written", async (_name, route, body, path) => {
    const sessionsBefore = await db.userSession.count();
    const attemptsBefore = await db.loginAttempt.count();
    const response = await post(route, body, { "x-forwarded-for": newIp() });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await response.json()).errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(await db.userSession.count()).toBe(sessionsBefore);
    expect(await db.loginAttempt.count()).toBe(attemptsBefore);
  });

  it("answers malformed JSON with 400", async () => {
    expect((await post(login, '{"email":')).status).toBe(400);
  });
});
