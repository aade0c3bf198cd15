import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as verify } from "@/app/api/v1/auth/verify-email/route";
import { assertEmailVerified } from "@/lib/auth/assert-email-verified";
import { db } from "@/lib/db";
import { createMember } from "@/lib/testing/factories";
import { issueEmailToken } from "./email-tokens";
import { resendVerificationEmail } from "./send-verification-email";
import { callRoute, linkTokenFromOutbox, uniqueEmail } from "./testing/route-client";

async function registered() {
  const email = uniqueEmail();
  const { body } = await callRoute(register, {
    body: { email, password: "violet kettle drums at noon", name: "Ada", organizationName: "Engines" },
  });
  const userId = (body.user as { id: string }).id;
  return { email, userId, organizationId: (body.organization as { id: string }).id };
}

describe("email verification", () => {
  it("verifies with the emailed link once; a second use is refused", async () => {
    const { email, userId, organizationId } = await registered();
    const token = await linkTokenFromOutbox(email, "/verify-email");

    const first = await callRoute(verify, { body: { token } });
    expect(first).toMatchObject({ status: 200, body: { email, emailVerified: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { organizationId, action: "user.email_verified", targetId: userId } })).toBe(1);

    const second = await callRoute(verify, { body: { token } });
    expect(second.status).toBe(400);
    expect(second.body.code).toBe("invalid_token");
  });

  it("refuses an expired link and a reset link, and leaves the account unverified", async () => {
    const { userId } = await registered();
    const expired = await issueEmailToken(userId, "VERIFY_EMAIL", 60_000);
    await db.emailToken.updateMany({ where: { userId, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callRoute(verify, { body: { token: expired } })).body.code).toBe("invalid_token");

    const reset = await issueEmailToken(userId, "RESET_PASSWORD", 60_000);
    expect((await callRoute(verify, { body: { token: reset } })).body.code).toBe("invalid_token");
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt).toBeNull();
  });

  it("resending issues a new link and the old one stops working", async () => {
    const { email, userId } = await registered();
    const old = await linkTokenFromOutbox(email, "/verify-email");
    expect(await resendVerificationEmail(userId, {})).toEqual({ alreadyVerified: false });
    const fresh = await linkTokenFromOutbox(email, "/verify-email");
    expect(fresh).not.toBe(old);
    expect((await callRoute(verify, { body: { token: old } })).status).toBe(400);
    expect((await callRoute(verify, { body: { token: fresh } })).status).toBe(200);
    expect(await resendVerificationEmail(userId, {})).toEqual({ alreadyVerified: true });
  });

  it("rejects bad input with 400 and verifies nothing", async () => {
    const { userId } = await registered();
    for (const body of [{}, { token: 123 }, { token: "x".repeat(300) }, { token: "short" }, { token: "a".repeat(43), extra: 1 }]) {
      const answer = await callRoute(verify, { body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.code).toBe("validation_failed");
    }
    expect((await callRoute(verify, { body: { token: "a".repeat(43) } })).body.code).toBe("invalid_token");
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt).toBeNull();
  });

  it("assertEmailVerified stops an unverified user but not a verified one or an API key", async () => {
    const { userId, organizationId } = await registered();
    const ctx = { organizationId, actorId: userId, actorType: "user" as const, permissions: [] };
    await expect(assertEmailVerified(ctx, "invite people")).rejects.toMatchObject({ code: "email_not_verified", status: 403 });
    await expect(assertEmailVerified({ ...ctx, actorType: "api_key", actorId: "key" })).resolves.toBeUndefined();
    const verified = await createMember();
    await expect(assertEmailVerified(verified.ctx)).resolves.toBeUndefined();
  });
});
