import { describe, expect, it, vi } from "vitest";
import * as orgRoute from "@/app/api/v1/organizations/[orgId]/route";
import * as orgInvitationsRoute from "@/app/api/v1/organizations/[orgId]/invitations/route";
import * as orgInvitationRoute from "@/app/api/v1/organizations/[orgId]/invitations/[invitationId]/route";
import * as orgMembersRoute from "@/app/api/v1/organizations/[orgId]/members/route";
import * as orgsRoute from "@/app/api/v1/organizations/route";
import * as roleRoute from "@/app/api/v1/roles/[roleId]/route";
import * as rolesRoute from "@/app/api/v1/roles/route";
import * as teamRoute from "@/app/api/v1/teams/[teamId]/route";
import * as teamMembersRoute from "@/app/api/v1/teams/[teamId]/members/route";
import * as teamsRoute from "@/app/api/v1/teams/route";
import * as userRoute from "@/app/api/v1/users/[userId]/route";
import * as userRolesRoute from "@/app/api/v1/users/[userId]/roles/route";
import * as usersRoute from "@/app/api/v1/users/route";
import { db } from "@/lib/db";
import { createRole } from "@/lib/roles/create-role";
import { createTeam } from "@/lib/teams/manage-teams";
import { createMember, createUser } from "@/lib/testing/factories";
import { callRoute, expectBadRequest } from "./testing/call-route";

vi.mock("@/lib/auth/current-user", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: vi.fn() }));

const long = (n: number) => "x".repeat(n);

async function writes(organizationId: string) {
  const [organization, memberships, memberRoles, roles, teams, teamMembers, invitations, audit, organizations, outbox] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    db.membership.count({ where: { organizationId } }),
    db.membershipRole.count({ where: { organizationId } }),
    db.role.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.team.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.teamMember.count({ where: { organizationId } }),
    db.invitation.count({ where: { organizationId } }),
    db.auditEvent.count({ where: { organizationId } }),
    db.organization.count(),
    db.outboxEmail.count(),
  ]);
  return { organization, memberships, memberRoles, roles, teams, teamMembers, invitations, audit, organizations, outbox };
}

describe("org-admin REST routes with bad input", () => {
  it("answer 400 problem+json naming the field, and write nothing", async () => {
    const admin = await createMember("ORG_ADMIN");
    const viewer = await createMember("VIEWER", admin.organization.id);
    const role = await createRole(admin.ctx, { name: "Custom", permissions: ["instances:read"] });
    const team = await createTeam(admin.ctx, { name: "Team" });
    const org = admin.organization.id;
    const before = await writes(org);
    const as = { as: admin.user, org };
    const orgParams = { orgId: org };
    const roleParams = { roleId: role.id };
    const teamParams = { teamId: team.id };
    const userParams = { userId: viewer.user.id };

    const cases: { label: string; route: Parameters<typeof callRoute>[0]; method: string; path?: string; params?: Record<string, string>; body?: unknown; field: string }[] = [
      // POST /organizations
      { label: "create org: missing name", route: orgsRoute.POST, method: "POST", body: {}, field: "body.name" },
      { label: "create org: name not a string", route: orgsRoute.POST, method: "POST", body: { name: 5 }, field: "body.name" },
      { label: "create org: name too long", route: orgsRoute.POST, method: "POST", body: { name: long(101) }, field: "body.name" },
      { label: "create org: unknown field", route: orgsRoute.POST, method: "POST", body: { name: "Ok", plan: "free" }, field: "body.plan" },
      { label: "create org: bad time zone", route: orgsRoute.POST, method: "POST", body: { name: "Ok", timeZone: "Mars/Olympus" }, field: "body.timeZone" },
      { label: "create org: reserved slug", route: orgsRoute.POST, method: "POST", body: { name: "Ok", slug: "api" }, field: "body.slug" },
      // PUT /organizations/{orgId}
      { label: "update org: retention as string", route: orgRoute.PUT, method: "PUT", params: orgParams, body: { retentionDays: "30" }, field: "body.retentionDays" },
      { label: "update org: retention 0", route: orgRoute.PUT, method: "PUT", params: orgParams, body: { retentionDays: 0 }, field: "body.retentionDays" },
      { label: "update org: retention 3651", route: orgRoute.PUT, method: "PUT", params: orgParams, body: { retentionDays: 3651 }, field: "body.retentionDays" },
      { label: "update org: reserved slug", route: orgRoute.PUT, method: "PUT", params: orgParams, body: { slug: "login" }, field: "body.slug" },
      { label: "update org: slug too long", route: orgRoute.PUT, method: "PUT", params: orgParams, body: { slug: long(60) }, field: "body.slug" },
      { label: "update org: bad time zone", route: orgRoute.PUT, method: "PUT", params: orgParams, body: { timeZone: "Nowhere/City" }, field: "body.timeZone" },
      { label: "update org: require2fa as string", route: orgRoute.PUT, method: "PUT", params: orgParams, body: { require2fa: "yes" }, field: "body.require2fa" },
      { label: "update org: empty name", route: orgRoute.PUT, method: "PUT", params: orgParams, body: { name: "  " }, field: "body.name" },
      { label: "update org: unknown field", route: orgRoute.PUT, method: "PUT", params: orgParams, body: { deletedAt: null }, field: "body.deletedAt" },
      { label: "update org: bad org id", route: orgRoute.PUT, method: "PUT", params: { orgId: "not-a-uuid" }, body: { name: "x" }, field: "params.orgId" },
      // POST /organizations/{orgId}/members (invite)
      { label: "invite: missing fields", route: orgMembersRoute.POST, method: "POST", params: orgParams, body: {}, field: "body.email" },
      { label: "invite: bad email", route: orgMembersRoute.POST, method: "POST", params: orgParams, body: { email: "nope", roleId: role.id }, field: "body.email" },
      { label: "invite: email too long", route: orgMembersRoute.POST, method: "POST", params: orgParams, body: { email: `${long(250)}@example.test`, roleId: role.id }, field: "body.email" },
      { label: "invite: role id not a uuid", route: orgMembersRoute.POST, method: "POST", params: orgParams, body: { email: "ok@example.test", roleId: 7 }, field: "body.roleId" },
      { label: "invite: unknown field", route: orgMembersRoute.POST, method: "POST", params: orgParams, body: { email: "ok@example.test", roleId: role.id, admin: true }, field: "body.admin" },
      { label: "members: limit 0", route: orgMembersRoute.GET, method: "GET", path: "?limit=0", params: orgParams, field: "query.limit" },
      { label: "invitations: bad status", route: orgInvitationsRoute.GET, method: "GET", path: "?status=weird", params: orgParams, field: "query.status" },
      { label: "revoke: bad invitation id", route: orgInvitationRoute.DELETE, method: "DELETE", params: { orgId: org, invitationId: "1" }, field: "params.invitationId" },
      // /users
      { label: "users: limit not a number", route: usersRoute.GET, method: "GET", path: "?limit=abc", field: "query.limit" },
      { label: "users: unknown query", route: usersRoute.GET, method: "GET", path: "?role=admin", field: "query.role" },
      { label: "user: bad id", route: userRoute.GET, method: "GET", params: { userId: "42" }, field: "params.userId" },
      { label: "assign role: missing role", route: userRolesRoute.POST, method: "POST", params: userParams, body: {}, field: "body.roleId" },
      { label: "assign role: role as number", route: userRolesRoute.POST, method: "POST", params: userParams, body: { roleId: 1 }, field: "body.roleId" },
      { label: "assign role: unknown field", route: userRolesRoute.POST, method: "POST", params: userParams, body: { roleId: role.id, force: true }, field: "body.force" },
      // /roles
      { label: "create role: missing fields", route: rolesRoute.POST, method: "POST", body: {}, field: "body.name" },
      { label: "create role: unknown permission", route: rolesRoute.POST, method: "POST", body: { name: "R", permissions: ["root:all"] }, field: "body.permissions" },
      { label: "create role: permissions not an array", route: rolesRoute.POST, method: "POST", body: { name: "R", permissions: "users:read" }, field: "body.permissions" },
      { label: "create role: name too long", route: rolesRoute.POST, method: "POST", body: { name: long(65), permissions: [] }, field: "body.name" },
      { label: "create role: description too long", route: rolesRoute.POST, method: "POST", body: { name: "R", description: long(501), permissions: [] }, field: "body.description" },
      { label: "create role: unknown field", route: rolesRoute.POST, method: "POST", body: { name: "R", permissions: [], builtIn: "ORG_ADMIN" }, field: "body.builtIn" },
      { label: "update role: permission not a string", route: roleRoute.PUT, method: "PUT", params: roleParams, body: { permissions: [1] }, field: "body.permissions" },
      { label: "update role: empty name", route: roleRoute.PUT, method: "PUT", params: roleParams, body: { name: "" }, field: "body.name" },
      // /teams
      { label: "create team: missing name", route: teamsRoute.POST, method: "POST", body: {}, field: "body.name" },
      { label: "create team: name not a string", route: teamsRoute.POST, method: "POST", body: { name: 1 }, field: "body.name" },
      { label: "create team: name too long", route: teamsRoute.POST, method: "POST", body: { name: long(81) }, field: "body.name" },
      { label: "create team: member id not a uuid", route: teamsRoute.POST, method: "POST", body: { name: "T2", memberIds: ["nope"] }, field: "body.memberIds" },
      { label: "create team: unknown field", route: teamsRoute.POST, method: "POST", body: { name: "T2", lead: "x" }, field: "body.lead" },
      { label: "update team: memberIds not an array", route: teamRoute.PUT, method: "PUT", params: teamParams, body: { memberIds: viewer.user.id }, field: "body.memberIds" },
      { label: "update team: description too long", route: teamRoute.PUT, method: "PUT", params: teamParams, body: { description: long(501) }, field: "body.description" },
      { label: "add team member: missing user", route: teamMembersRoute.POST, method: "POST", params: teamParams, body: {}, field: "body.userId" },
      { label: "add team member: unknown field", route: teamMembersRoute.POST, method: "POST", params: teamParams, body: { userId: viewer.user.id, role: "lead" }, field: "body.role" },
    ];
    for (const c of cases) {
      const result = await callRoute(c.route, { ...as, method: c.method, path: c.path ?? "", params: c.params, body: c.body });
      expectBadRequest(result, c.field, c.label);
    }
    // A tampered cursor, or one that decodes to something other than a row id, is a 400 too.
    const forged = Buffer.from(JSON.stringify({ id: "1 OR 1=1" })).toString("base64url");
    for (const [route, cursor] of [[rolesRoute.GET, "!!!"], [usersRoute.GET, forged], [teamsRoute.GET, forged]] as const) {
      const result = await callRoute(route, { ...as, path: `?cursor=${cursor}` });
      expect(result).toMatchObject({ status: 400, body: { code: "invalid_cursor" } });
    }
    // Malformed JSON is a 400 too (no field to name).
    const malformed = await callRoute(teamsRoute.POST, { ...as, method: "POST", body: "{name:" });
    expect(malformed.status).toBe(400);

    expect(await writes(org)).toEqual(before);
  });

  it("creates an organization for a signed-in user with no organization at all, and refuses anonymous callers", async () => {
    const loner = await createUser();
    const created = await callRoute(orgsRoute.POST, { as: loner, method: "POST", body: { name: "Fresh Start", timeZone: "Asia/Tokyo" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Fresh Start", slug: "fresh-start", timeZone: "Asia/Tokyo", deletedAt: null });
    const anonymous = await callRoute(orgsRoute.POST, { as: null, method: "POST", body: { name: "Nobody" } });
    expect(anonymous.status).toBe(401);
    expect(await db.organization.count({ where: { name: "Nobody" } })).toBe(0);
  });
});
