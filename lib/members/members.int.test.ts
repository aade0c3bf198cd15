import { describe, expect, it } from "vitest";
import type { ActorContext } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { findMembership } from "@/lib/organizations/queries";
import { permissionsForRole } from "@/lib/permissions";
import { createMember } from "@/lib/testing/factories";
import { assignRole } from "./assign-role";
import { getMember, listMembers } from "./list-members";
import { leaveOrganization, removeMember } from "./remove-member";
import { unassignRole } from "./unassign-role";

async function roleId(organizationId: string, builtIn: "ORG_ADMIN" | "VIEWER" | "ANALYST" | "ORG_MEMBER") {
  return (await db.role.findUniqueOrThrow({ where: { organizationId_builtIn: { organizationId, builtIn } } })).id;
}

/** An organization whose only admin is `admin` (the factory's owner is demoted to Viewer). */
async function soleAdmin() {
  const admin = await createMember("ORG_ADMIN");
  const owner = await db.membership.findFirstOrThrow({ where: { organizationId: admin.organization.id, NOT: { id: admin.membership.id } } });
  await db.membershipRole.updateMany({ where: { membershipId: owner.id }, data: { roleId: await roleId(admin.organization.id, "VIEWER") } });
  return admin;
}

const adminCount = (organizationId: string) => db.membershipRole.count({ where: { organizationId, role: { builtIn: "ORG_ADMIN" } } });

describe("members and roles", () => {
  it("assigning a second role makes the member's permissions the union", async () => {
    const admin = await createMember("ORG_ADMIN");
    const viewer = await createMember("VIEWER", admin.organization.id);
    const custom = await db.role.create({ data: { organizationId: admin.organization.id, name: "Billing", permissions: ["billing:manage"] } });
    const updated = await assignRole(admin.ctx, viewer.user.id, custom.id);
    expect(updated.roles.map((r) => r.name)).toEqual(["Viewer", "Billing"]);
    const membership = await findMembership(viewer.user.id, { id: admin.organization.id });
    expect(membership?.permissions).toContain("billing:manage");
    expect(membership?.permissions).toContain("instances:read");
    expect(membership?.permissions).not.toContain("users:create");
    // Assigning again changes nothing and records nothing.
    const before = await db.auditEvent.count({ where: { organizationId: admin.organization.id } });
    await assignRole(admin.ctx, viewer.user.id, custom.id);
    expect(await db.auditEvent.count({ where: { organizationId: admin.organization.id } })).toBe(before);

    await unassignRole(admin.ctx, viewer.user.id, custom.id);
    expect((await findMembership(viewer.user.id, { id: admin.organization.id }))?.permissions).not.toContain("billing:manage");
    const events = await db.auditEvent.findMany({ where: { organizationId: admin.organization.id, action: { startsWith: "member.role" } } });
    expect(events.map((e) => [e.action, e.security])).toEqual([["member.role_added", true], ["member.role_removed", true]]);
  });

  it("keeps at least one role per member", async () => {
    const admin = await createMember("ORG_ADMIN");
    const viewer = await createMember("VIEWER", admin.organization.id);
    await expect(unassignRole(admin.ctx, viewer.user.id, await roleId(admin.organization.id, "VIEWER"))).rejects.toMatchObject({ code: "conflict" });
    expect((await getMember(admin.ctx, viewer.user.id)).roles).toHaveLength(1);
  });

  it("never lets the last Organization Admin be demoted, removed or leave", async () => {
    const admin = await soleAdmin();
    const orgId = admin.organization.id;
    await assignRole(admin.ctx, admin.user.id, await roleId(orgId, "VIEWER"));
    await expect(unassignRole(admin.ctx, admin.user.id, await roleId(orgId, "ORG_ADMIN"))).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("last Organization Admin"),
    });
    await expect(removeMember(admin.ctx, admin.user.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(leaveOrganization(admin.ctx)).rejects.toMatchObject({ code: "conflict" });
    expect(await adminCount(orgId)).toBe(1);
    expect(await findMembership(admin.user.id, { id: orgId })).not.toBeNull();

    // With a second admin, demotion works.
    const second = await createMember("ORG_ADMIN", orgId);
    await unassignRole(admin.ctx, second.user.id, await roleId(orgId, "ORG_ADMIN")).catch(() => undefined); // only role: refused
    await assignRole(admin.ctx, second.user.id, await roleId(orgId, "VIEWER"));
    await unassignRole(admin.ctx, admin.user.id, await roleId(orgId, "ORG_ADMIN"));
    expect(await adminCount(orgId)).toBe(1);
  });

  it("lets only one of two admins demoting each other at the same time succeed", async () => {
    const a = await soleAdmin();
    const orgId = a.organization.id;
    const b = await createMember("ORG_ADMIN", orgId);
    const viewerRole = await roleId(orgId, "VIEWER");
    const adminRole = await roleId(orgId, "ORG_ADMIN");
    await assignRole(a.ctx, a.user.id, viewerRole);
    await assignRole(a.ctx, b.user.id, viewerRole);
    // Hold the organization's audit-append lock so that both demotions get as far as their audit
    // event before either commits: without the admin lock both would pass the count and delete.
    let release!: () => void;
    let taken!: () => void;
    const lockTaken = new Promise<void>((resolve) => (taken = resolve));
    const blocker = db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`audit:${orgId}`}, 0))`;
        taken();
        await new Promise<void>((resolve) => (release = resolve));
      },
      { timeout: 20_000 },
    );
    await lockTaken;
    const pair = Promise.allSettled([unassignRole(a.ctx, b.user.id, adminRole), unassignRole(b.ctx, a.user.id, adminRole)]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    release();
    await blocker;
    const results = await pair;
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect(await adminCount(orgId)).toBe(1);
  });

  it("removes a member (and their team seats), but only with enough standing", async () => {
    const admin = await createMember("ORG_ADMIN");
    const viewer = await createMember("VIEWER", admin.organization.id);
    const other = await createMember("ORG_ADMIN", admin.organization.id);
    await expect(removeMember(viewer.ctx, other.user.id)).rejects.toMatchObject({ code: "forbidden" });
    // users:delete alone does not let a lesser member remove an admin.
    const remover: ActorContext = { ...viewer.ctx, permissions: [...permissionsForRole("VIEWER"), "users:delete"] };
    await expect(removeMember(remover, other.user.id)).rejects.toMatchObject({ code: "forbidden" });
    await removeMember(admin.ctx, viewer.user.id);
    expect(await findMembership(viewer.user.id, { id: admin.organization.id })).toBeNull();
    await expect(getMember(admin.ctx, viewer.user.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.user.count({ where: { id: viewer.user.id } })).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: admin.organization.id, action: "member.removed" } });
    expect(event).toMatchObject({ targetId: viewer.user.id, security: true });
  });

  it("lists members with roles and pages through them", async () => {
    const admin = await createMember("ORG_ADMIN");
    for (let i = 0; i < 3; i++) await createMember("VIEWER", admin.organization.id);
    const first = await listMembers(admin.ctx, { limit: 3 });
    const second = await listMembers(admin.ctx, { limit: 3, afterId: first.nextId ?? undefined });
    expect(first.data).toHaveLength(3);
    expect(second.data).toHaveLength(2);
    expect(second.nextId).toBeNull();
    const all = [...first.data, ...second.data];
    expect(new Set(all.map((m) => m.id)).size).toBe(5);
    expect(all.find((m) => m.id === admin.user.id)?.roles.map((r) => r.builtIn)).toEqual(["ORG_ADMIN"]);
  });

  it("hides members and roles of other organizations", async () => {
    const a = await createMember("ORG_ADMIN");
    const b = await createMember("ORG_ADMIN");
    const aViewer = await createMember("VIEWER", a.organization.id);
    const aRole = await roleId(a.organization.id, "ANALYST");
    await expect(getMember(b.ctx, aViewer.user.id)).rejects.toMatchObject({ status: 404 });
    await expect(assignRole(b.ctx, aViewer.user.id, aRole)).rejects.toMatchObject({ status: 404 });
    await expect(assignRole(b.ctx, b.user.id, aRole)).rejects.toMatchObject({ status: 404 });
    await expect(unassignRole(b.ctx, aViewer.user.id, await roleId(a.organization.id, "VIEWER"))).rejects.toMatchObject({ status: 404 });
    await expect(removeMember(b.ctx, aViewer.user.id)).rejects.toMatchObject({ status: 404 });
    expect((await listMembers(b.ctx, { limit: 50 })).data.map((m) => m.id)).not.toContain(aViewer.user.id);
    expect((await findMembership(aViewer.user.id, { id: a.organization.id }))?.builtInRoles).toEqual(["VIEWER"]);
    await expect(getMember(b.ctx, "not-a-uuid")).rejects.toMatchObject({ status: 404 });
  });
});
