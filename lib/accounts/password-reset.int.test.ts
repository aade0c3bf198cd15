import { describe, expect, it } from "vitest";
import { POST as forgot } from "@/app/api/v1/auth/forgot-password/route";
import { POST as reset } from "@/app/api/v1/auth/reset-password/route";
import { verifyPassword } from "@/lib/auth/passwords";
import { activeSession } from "@/lib/auth/sessions/active-session";
import { createUserSession } from "@/lib/auth/sessions/create-user-session";
import { hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { createMember, createUser } from "@/lib/testing/factories";
import { issueEmailToken } from "./email-tokens";
import { requestPasswordReset } from "./request-password-reset";
import { callRoute, linkTokenFromOutbox, newIp, uniqueEmail } from "./testing/route-client";

const NEW_PASSWORD = "seven lanterns over the harbour";

describe("forgot and reset password", () => {
  it("answers the same 202 for a known and an unknown address, in similar time, and emails only the known one", async () => {
    const user = await createUser();
    const unknown = uniqueEmail("nobody");
    const timed = async (email: string) => {
      const started = performance.now();
      const answer = await callRoute(forgot, { body: { email } });
      return { ...answer, ms: performance.now() - started };
    };
    await timed(uniqueEmail("warm-up"));
    const known = [await timed(user.email), await timed(user.email)];
    const missing = [await timed(unknown), await timed(unknown)];
    for (const answer of [...known, ...missing]) {
      expect(answer.status).toBe(202);
      expect(answer.body).toEqual(known[0]!.body);
    }
    // Both are held to the same floor (600 ms + jitter); issuing and sending the email fits inside it.
    const fastest = (xs: { ms: number }[]) => Math.min(...xs.map((x) => x.ms));
    console.info(`forgot-password timing: known ${known.map((k) => k.ms.toFixed(0))} ms, unknown ${missing.map((m) => m.ms.toFixed(0))} ms`);
    expect(Math.abs(fastest(known) - fastest(missing))).toBeLessThan(150);
    expect(await db.outboxEmail.count({ where: { to: user.email } })).toBe(2);
    expect(await db.outboxEmail.count({ where: { to: unknown } })).toBe(0);
  });

  it("resets once with the link, ends every session and its refresh tokens, lifts a lock, and notifies", async () => {
    const { user, organization } = await createMember("VIEWER");
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + 600_000), failedLoginCount: 3 } });
    const browser = await createUserSession(user.id, "BROWSER", {}, 3_600_000);
    const api = await createUserSession(user.id, "API", {}, 3_600_000);
    await db.refreshToken.create({ data: { userId: user.id, sessionId: api.id, tokenHash: hashToken(`r-${api.id}`), expiresAt: new Date(Date.now() + 3_600_000) } });

    await requestPasswordReset(user.email, { ip: newIp() }, 0);
    const token = await linkTokenFromOutbox(user.email, "/reset-password");
    const answer = await callRoute(reset, { body: { token, password: NEW_PASSWORD } });
    expect(answer).toMatchObject({ status: 200, body: { sessionsRevoked: 2 } });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(after).toMatchObject({ lockedUntil: null, failedLoginCount: 0 });
    expect(await activeSession(browser.id)).toBeNull();
    expect(await activeSession(api.id)).toBeNull();
    const refresh = await db.refreshToken.findFirstOrThrow({ where: { sessionId: api.id } });
    expect(refresh.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, action: "user.password_reset", security: true } })).toBe(1);
    const notice = await db.outboxEmail.findFirstOrThrow({ where: { to: user.email, subject: { contains: "was changed" } } });
    expect(notice.text).toMatch(/reset/);

    const again = await callRoute(reset, { body: { token, password: "another fine passphrase" } });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe("invalid_token");
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!, NEW_PASSWORD)).toBe(true);
  });

  it("refuses an expired link and a verification link", async () => {
    const user = await createUser();
    const expired = await issueEmailToken(user.id, "RESET_PASSWORD", 60_000);
    await db.emailToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await callRoute(reset, { body: { token: expired, password: NEW_PASSWORD } })).body.code).toBe("invalid_token");
    const verification = await issueEmailToken(user.id, "VERIFY_EMAIL", 60_000);
    expect((await callRoute(reset, { body: { token: verification, password: NEW_PASSWORD } })).body.code).toBe("invalid_token");
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!, NEW_PASSWORD)).toBe(false);
  });

  it("refuses a weak password without spending the link", async () => {
    const user = await createUser();
    const token = await issueEmailToken(user.id, "RESET_PASSWORD", 60_000);
    const weak = await callRoute(reset, { body: { token, password: "password12345" } });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([{ path: "password", message: expect.stringMatching(/common/) }]);
    expect((await callRoute(reset, { body: { token, password: NEW_PASSWORD } })).status).toBe(200);
  });

  it("rejects bad input on both routes with 400 and changes nothing", async () => {
    const user = await createUser();
    const token = await issueEmailToken(user.id, "RESET_PASSWORD", 60_000);
    const before = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    const forgotCases = [{}, { email: 7 }, { email: "nope" }, { email: `${"a".repeat(260)}@x.test` }, { email: user.email, admin: true }];
    for (const body of forgotCases) expect((await callRoute(forgot, { body })).status, JSON.stringify(body)).toBe(400);
    const resetCases = [
      { token },
      { password: NEW_PASSWORD },
      { token, password: 12345678901234 },
      { token, password: "p".repeat(129) },
      { token: "t".repeat(257), password: NEW_PASSWORD },
      { token, password: NEW_PASSWORD, userId: user.id },
    ];
    for (const body of resetCases) {
      const answer = await callRoute(reset, { body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.code).toBe("validation_failed");
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before);
    expect(await db.outboxEmail.count({ where: { to: user.email } })).toBe(0);
    expect((await db.emailToken.findFirstOrThrow({ where: { userId: user.id } })).usedAt).toBeNull();
  });
});
