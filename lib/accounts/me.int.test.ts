import { getServerSession } from "next-auth";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET, PUT } from "@/app/api/v1/users/me/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { createUserSession } from "@/lib/auth/sessions/create-user-session";
import { db } from "@/lib/db";
import { createMember } from "@/lib/testing/factories";
import { callRoute } from "./testing/route-client";

vi.mock("next-auth", async (original) => ({ ...(await original<typeof import("next-auth")>()), getServerSession: vi.fn() }));

async function signedInMember() {
  const member = await createMember("VIEWER");
  const session = await createUserSession(member.user.id, "BROWSER", {}, 3_600_000);
  vi.mocked(getServerSession).mockResolvedValue({ user: { id: member.user.id, sid: session.id }, expires: "" });
  return member;
}

beforeEach(() => vi.mocked(getServerSession).mockResolvedValue(null));

describe("/users/me", () => {
  it("describes the signed-in user and all their organizations, without choosing one", async () => {
    const { user, organization } = await signedInMember();
    const second = await createMember("ORG_ADMIN");
    const roleId = (await db.role.findFirstOrThrow({ where: { organizationId: second.organization.id, builtIn: "ANALYST" } })).id;
    const membership = await db.membership.create({ data: { organizationId: second.organization.id, userId: user.id } });
    await db.membershipRole.create({ data: { organizationId: second.organization.id, membershipId: membership.id, roleId } });

    const { status, body } = await callRoute(GET, { method: "GET" });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: user.id, email: user.email, emailVerified: true, mfaEnabled: false });
    expect(body.organizations).toEqual(
      expect.arrayContaining([
        { id: organization.id, name: organization.name, slug: organization.slug, roles: ["Viewer"] },
        expect.objectContaining({ id: second.organization.id, roles: ["Analyst"] }),
      ]),
    );
    expect(JSON.stringify(body)).not.toMatch(/passwordHash|argon2/);
  });

  it("renames the user, trims the name and audits the change in each organization", async () => {
    const { user, organization } = await signedInMember();
    const { status, body } = await callRoute(PUT, { method: "PUT", body: { name: "  Grace Hopper " } });
    expect(status).toBe(200);
    expect(body.name).toBe("Grace Hopper");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Grace Hopper");
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: organization.id, action: "user.profile_updated" } });
    expect(event.changes).toEqual({ name: { from: "Test User", to: "Grace Hopper" } });
  });

  it("rejects bad input with 400 and changes nothing", async () => {
    const { user } = await signedInMember();
    const cases = [{}, { name: 7 }, { name: "" }, { name: "   " }, { name: "n".repeat(101) }, { name: "Ok", email: "x@example.test" }];
    for (const body of cases) {
      const answer = await callRoute(PUT, { method: "PUT", body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.code).toBe("validation_failed");
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Test User", email: user.email });
  });

  it("needs a signed-in person: 401 without a session, 403 for an API key", async () => {
    expect((await callRoute(GET, { method: "GET" })).status).toBe(401);
    expect((await callRoute(PUT, { method: "PUT", body: { name: "X" } })).status).toBe(401);
    const admin = await createMember("ORG_ADMIN");
    const { key } = await createApiKey(admin.ctx, { name: "ci", permissions: ["organizations:read"] });
    const answer = await callRoute(GET, { method: "GET", headers: { authorization: `Bearer ${key}` } });
    expect(answer.status).toBe(403);
  });
});
