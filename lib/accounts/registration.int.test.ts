import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { verifyPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import { findMembership } from "@/lib/organizations/queries";
import { callRoute, linkTokenFromOutbox, newIp, uniqueEmail } from "./testing/route-client";

const PASSWORD = "violet kettle drums at noon";

function registration(overrides: Record<string, unknown> = {}) {
  return { email: uniqueEmail(), password: PASSWORD, name: "Ada Lovelace", organizationName: "Analytical Engines", ...overrides };
}

async function nothingWrittenFor(email: string) {
  expect(await db.user.count({ where: { email } })).toBe(0);
  expect(await db.outboxEmail.count({ where: { to: email } })).toBe(0);
}

describe("POST /auth/register", () => {
  it("creates the user, their organization with the user as Organization Admin, audit events and a verification email", async () => {
    const input = registration({ email: `  Mixed.Case-${Date.now()}@Example.TEST ` });
    const email = String(input.email).trim().toLowerCase();
    const { status, body } = await callRoute(register, { body: input });
    expect(status).toBe(201);
    expect(body).toMatchObject({ user: { email, name: "Ada Lovelace", emailVerified: false }, organization: { name: "Analytical Engines", slug: "analytical-engines" } });

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);

    const organizationId = (body.organization as { id: string }).id;
    const membership = await findMembership(user.id, { id: organizationId });
    expect(membership?.builtInRoles).toEqual(["ORG_ADMIN"]);
    expect(await db.role.count({ where: { organizationId } })).toBe(4);

    const events = await db.auditEvent.findMany({ where: { organizationId }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["organization.created", "user.registered"]);
    expect(events[1]).toMatchObject({ actorType: "USER", actorId: user.id, targetId: user.id });
    expect(JSON.stringify(events, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain(PASSWORD);
    expect(await verifyAuditChain(organizationId)).toMatchObject({ valid: true, checked: 2 });

    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toMatch(/confirm your email/i);
    expect(mail.html).toContain("Confirm email address");
    const token = await linkTokenFromOutbox(email, "/verify-email");
    expect(await db.emailToken.count({ where: { userId: user.id, purpose: "VERIFY_EMAIL", tokenHash: { not: token } } })).toBe(1);
  });

  it("refuses short, common and email-containing passwords with a 400 naming the field, writing nothing", async () => {
    for (const password of ["short-pw-1", "password1234", "Qwertyuiop123!", "P@ssw0rd2024!!"]) {
      const input = registration({ password });
      const { status, body } = await callRoute(register, { body: input });
      expect(status, password).toBe(400);
      expect(body.code).toBe("validation_failed");
      expect((body.errors as { path: string }[]).map((e) => e.path.replace(/^body\./, ""))).toEqual(["password"]);
      await nothingWrittenFor(String(input.email));
    }
    const email = `grace.hopper@${uniqueEmail("domain").split("@")[0]}.test`;
    const { status, body } = await callRoute(register, { body: registration({ email, password: "grace.hopper compiles cobol" }) });
    expect(status).toBe(400);
    expect(body.detail).toMatch(/email address/);
    await nothingWrittenFor(email);
  });

  it("answers 409 for an address that already has an account, and creates no second organization", async () => {
    const input = registration();
    expect((await callRoute(register, { body: input })).status).toBe(201);
    const organizations = await db.organization.count();
    const again = await callRoute(register, { body: { ...input, email: String(input.email).toUpperCase() } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("conflict");
    expect(await db.organization.count()).toBe(organizations);
  });

  it("rejects bad input with a 400 problem naming the field, and writes nothing", async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ["wrong type", { email: 42 }, "body.email"],
      ["missing field", { organizationName: undefined }, "body.organizationName"],
      ["oversize name", { name: "n".repeat(101) }, "body.name"],
      ["oversize password", { password: "long passphrase ".repeat(10) }, "body.password"],
      ["oversize email", { email: `${"e".repeat(250)}@example.test` }, "body.email"],
      ["unknown field", { isSuperAdmin: true }, "body.isSuperAdmin"],
      ["not an email", { email: "not-an-email" }, "body.email"],
    ];
    const organizations = await db.organization.count();
    for (const [label, change, path] of cases) {
      const input = registration(change);
      const { status, body, headers } = await callRoute(register, { body: input });
      expect(status, label).toBe(400);
      expect(headers.get("content-type")).toBe("application/problem+json");
      expect((body.errors as { path: string }[]).map((e) => e.path), label).toContain(path);
      if (typeof input.email === "string") await nothingWrittenFor(input.email);
    }
    expect((await callRoute(register, { body: "{not json" })).status).toBe(400);
    expect((await callRoute(register, { body: [registration()] })).status).toBe(400);
    expect(await db.organization.count()).toBe(organizations);
  });

  it("limits registrations per client address", async () => {
    const ip = newIp();
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await callRoute(register, { body: registration({ password: "password1234" }), headers: { "x-forwarded-for": ip } })).status);
    // Refused passwords count too: the limit is on attempts, not on accounts created.
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
