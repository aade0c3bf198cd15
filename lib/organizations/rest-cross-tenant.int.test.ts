import { describe, expect, it, vi } from "vitest";
import * as orgRoute from "@/app/api/v1/organizations/[orgId]/route";
import * as orgInvitationRoute from "@/app/api/v1/organizations/[orgId]/invitations/[invitationId]/route";
import * as orgInvitationResendRoute from "@/app/api/v1/organizations/[orgId]/invitations/[invitationId]/resend/route";
import * as orgInvitationsRoute from "@/app/api/v1/organizations/[orgId]/invitations/route";
import * as orgMembersRoute from "@/app/api/v1/organizations/[orgId]/members/route";
import * as roleRoute from "@/app/api/v1/roles/[roleId]/route";
import * as rolesRoute from "@/app/api/v1/roles/route";
import * as teamRoute from "@/app/api/v1/teams/[teamId]/route";
import * as teamMemberRoute from "@/app/api/v1/teams/[teamId]/members/[userId]/route";
import * as teamMembersRoute from "@/app/api/v1/teams/[teamId]/members/route";
import * as teamsRoute from "@/app/api/v1/teams/route";
import * as userRoute from "@/app/api/v1/users/[userId]/route";
import * as userRoleRoute from "@/app/api/v1/users/[userId]/roles/[roleId]/route";
import * as userRolesRoute from "@/app/api/v1/users/[userId]/roles/route";
import * as usersRoute from "@/app/api/v1/users/route";
import { db } from "@/lib/db";
import { inviteMember } from "@/lib/invitations/create-invitation";
import { createRole } from "@/lib/roles/create-role";
import { createTeam } from "@/lib/teams/manage-teams";
import { createMember } from "@/lib/testing/factories";
import { callRoute } from "./testing/call-route";

vi.mock("@/lib/auth/current-user", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: vi.fn() }));

/** Everything of organization A that any of these routes could touch. */
async function snapshot(organizationId: string) {
  const [organization, memberships, roles, teams, invitations, audit] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    db.membership.findMany({ where: { organizationId }, include: { roles: true, teams: true }, orderBy: { id: "asc" } }),
    db.role.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.team.findMany({ where: { organizationId }, include: { members: true }, orderBy: { id: "asc" } }),
    db.invitation.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.auditEvent.count({ where: { organizationId } }),
  ]);
  return { organization, memberships, roles, teams, invitations, audit };
}

describe("org-admin REST routes across organizations", () => {
  it("answers 404 (or leaves A out of lists) to an admin of B using A's ids, and changes nothing in A", async () => {
    const a = await createMember("ORG_ADMIN");
    const aViewer = await createMember("VIEWER", a.organization.id);
    const aRole = await createRole(a.ctx, { name: "A custom", permissions: ["instances:read"] });
    const aTeam = await createTeam(a.ctx, { name: "A team", memberIds: [aViewer.user.id] });
    const aViewerRoleId = (await db.role.findUniqueOrThrow({ where: { organizationId_builtIn: { organizationId: a.organization.id, builtIn: "VIEWER" } } })).id;
    const aInvitation = await inviteMember(a.ctx, { email: `a-invitee-${crypto.randomUUID().slice(0, 6)}@example.test`, roleId: aRole.id });
    await db.invitation.update({ where: { id: aInvitation.id }, data: { lastSentAt: new Date(Date.now() - 120_000) } });

    const b = await createMember("ORG_ADMIN");
    const bTeam = await createTeam(b.ctx, { name: "B team" });
    const bViewerRoleId = (await db.role.findUniqueOrThrow({ where: { organizationId_builtIn: { organizationId: b.organization.id, builtIn: "VIEWER" } } })).id;
    const before = await snapshot(a.organization.id);

    const asB = { as: b.user, org: b.organization.id };
    const A = a.organization.id;
    const cases: { name: string; route: Parameters<typeof callRoute>[0]; path: string; params: Record<string, string>; method?: string; body?: unknown }[] = [
      { name: "GET /users/{id}", route: userRoute.GET, path: `/users/${aViewer.user.id}`, params: { userId: aViewer.user.id } },
      { name: "DELETE /users/{id}", route: userRoute.DELETE, method: "DELETE", path: `/users/${aViewer.user.id}`, params: { userId: aViewer.user.id } },
      { name: "POST /users/{A user}/roles", route: userRolesRoute.POST, method: "POST", path: `/users/${aViewer.user.id}/roles`, params: { userId: aViewer.user.id }, body: { roleId: bViewerRoleId } },
      { name: "POST /users/{B user}/roles {A role}", route: userRolesRoute.POST, method: "POST", path: `/users/${b.user.id}/roles`, params: { userId: b.user.id }, body: { roleId: aRole.id } },
      { name: "DELETE /users/{id}/roles/{id}", route: userRoleRoute.DELETE, method: "DELETE", path: `/users/${aViewer.user.id}/roles/${aViewerRoleId}`, params: { userId: aViewer.user.id, roleId: aViewerRoleId } },
      { name: "GET /roles/{id}", route: roleRoute.GET, path: `/roles/${aRole.id}`, params: { roleId: aRole.id } },
      { name: "PUT /roles/{id}", route: roleRoute.PUT, method: "PUT", path: `/roles/${aRole.id}`, params: { roleId: aRole.id }, body: { name: "Stolen" } },
      { name: "DELETE /roles/{id}", route: roleRoute.DELETE, method: "DELETE", path: `/roles/${aRole.id}`, params: { roleId: aRole.id } },
      { name: "GET /teams/{id}", route: teamRoute.GET, path: `/teams/${aTeam.id}`, params: { teamId: aTeam.id } },
      { name: "PUT /teams/{id}", route: teamRoute.PUT, method: "PUT", path: `/teams/${aTeam.id}`, params: { teamId: aTeam.id }, body: { name: "Stolen", memberIds: [] } },
      { name: "DELETE /teams/{id}", route: teamRoute.DELETE, method: "DELETE", path: `/teams/${aTeam.id}`, params: { teamId: aTeam.id } },
      { name: "POST /teams/{A team}/members", route: teamMembersRoute.POST, method: "POST", path: `/teams/${aTeam.id}/members`, params: { teamId: aTeam.id }, body: { userId: b.user.id } },
      { name: "POST /teams/{B team}/members {A user}", route: teamMembersRoute.POST, method: "POST", path: `/teams/${bTeam.id}/members`, params: { teamId: bTeam.id }, body: { userId: aViewer.user.id } },
      { name: "DELETE /teams/{id}/members/{id}", route: teamMemberRoute.DELETE, method: "DELETE", path: `/teams/${aTeam.id}/members/${aViewer.user.id}`, params: { teamId: aTeam.id, userId: aViewer.user.id } },
      { name: "GET /organizations/{A}", route: orgRoute.GET, path: `/organizations/${A}`, params: { orgId: A } },
      { name: "PUT /organizations/{A}", route: orgRoute.PUT, method: "PUT", path: `/organizations/${A}`, params: { orgId: A }, body: { name: "Stolen" } },
      { name: "DELETE /organizations/{A}", route: orgRoute.DELETE, method: "DELETE", path: `/organizations/${A}`, params: { orgId: A } },
      { name: "GET /organizations/{A}/members", route: orgMembersRoute.GET, path: `/organizations/${A}/members`, params: { orgId: A } },
      { name: "POST /organizations/{A}/members", route: orgMembersRoute.POST, method: "POST", path: `/organizations/${A}/members`, params: { orgId: A }, body: { email: "intruder@example.test", roleId: bViewerRoleId } },
      { name: "GET /organizations/{A}/invitations", route: orgInvitationsRoute.GET, path: `/organizations/${A}/invitations`, params: { orgId: A } },
      { name: "POST /organizations/{A}/invitations/{id}/resend", route: orgInvitationResendRoute.POST, method: "POST", path: `/organizations/${A}/invitations/${aInvitation.id}/resend`, params: { orgId: A, invitationId: aInvitation.id } },
      { name: "POST /organizations/{B}/invitations/{A id}/resend", route: orgInvitationResendRoute.POST, method: "POST", path: `/organizations/${b.organization.id}/invitations/${aInvitation.id}/resend`, params: { orgId: b.organization.id, invitationId: aInvitation.id } },
      { name: "DELETE /organizations/{A}/invitations/{id}", route: orgInvitationRoute.DELETE, method: "DELETE", path: `/organizations/${A}/invitations/${aInvitation.id}`, params: { orgId: A, invitationId: aInvitation.id } },
      { name: "DELETE /organizations/{B}/invitations/{A id}", route: orgInvitationRoute.DELETE, method: "DELETE", path: `/organizations/${b.organization.id}/invitations/${aInvitation.id}`, params: { orgId: b.organization.id, invitationId: aInvitation.id } },
    ];
    for (const c of cases) {
      const result = await callRoute(c.route, { ...asB, path: c.path, params: c.params, body: c.body, method: c.method });
      expect(result.status, `${c.name}: ${JSON.stringify(result.body)}`).toBe(404);
      expect(result.body.code, c.name).toBe("not_found");
    }

    // B's lists do not show A's rows.
    const users = await callRoute(usersRoute.GET, { ...asB, path: "/users" });
    const roles = await callRoute(rolesRoute.GET, { ...asB, path: "/roles" });
    const teams = await callRoute(teamsRoute.GET, { ...asB, path: "/teams" });
    const ids = (r: { body: Record<string, unknown> }) => (r.body.data as { id: string }[]).map((x) => x.id);
    expect(ids(users)).toHaveLength(2); // B's owner (from the factory) and b
    expect(ids(users)).toContain(b.user.id);
    expect(ids(users)).not.toContain(aViewer.user.id);
    expect(ids(users)).not.toContain(a.user.id);
    expect(ids(roles)).not.toContain(aRole.id);
    expect(ids(roles)).toContain(bViewerRoleId);
    expect(ids(teams)).toEqual([bTeam.id]);

    // A session pointed at A's organization by a non-member is not let in either.
    const sneaky = await callRoute(usersRoute.GET, { as: b.user, org: A, path: "/users" });
    expect(sneaky.status).toBe(404);

    expect(await snapshot(a.organization.id)).toEqual(before);
  });

  it("lets the same calls through for A's own admin (the 404s above are not a broken route)", async () => {
    const a = await createMember("ORG_ADMIN");
    const aViewer = await createMember("VIEWER", a.organization.id);
    const asA = { as: a.user, org: a.organization.id };
    const user = await callRoute(userRoute.GET, { ...asA, path: `/users/${aViewer.user.id}`, params: { userId: aViewer.user.id } });
    expect(user.status).toBe(200);
    expect(user.body).toMatchObject({ id: aViewer.user.id, roles: [{ builtIn: "VIEWER" }] });
    const org = await callRoute(orgRoute.GET, { ...asA, path: `/organizations/${a.organization.id}`, params: { orgId: a.organization.id } });
    expect(org.body).toMatchObject({ id: a.organization.id, slug: a.organization.slug });
    const members = await callRoute(orgMembersRoute.GET, { ...asA, path: `/organizations/${a.organization.id}/members?limit=1`, params: { orgId: a.organization.id } });
    expect((members.body.data as unknown[]).length).toBe(1);
    expect(members.body.nextCursor).toEqual(expect.any(String));
    // A viewer reading is fine; a viewer changing is 403 problem+json.
    const asViewer = { as: aViewer.user, org: a.organization.id };
    const team = await callRoute(teamsRoute.POST, { ...asViewer, method: "POST", path: "/teams", body: { name: "Nope" } });
    expect(team.status).toBe(403);
    expect(team.contentType).toContain("application/problem+json");
    const invite = await callRoute(orgMembersRoute.POST, { ...asViewer, method: "POST", path: `/organizations/${a.organization.id}/members`, params: { orgId: a.organization.id }, body: { email: "x@example.test", roleId: crypto.randomUUID() } });
    expect(invite.status).toBe(403);
    expect(await db.team.count({ where: { organizationId: a.organization.id } })).toBe(0);
  });
});
