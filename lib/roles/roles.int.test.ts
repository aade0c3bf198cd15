import { describe, expect, it } from "vitest";
import type { ActorContext } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { assignRole } from "@/lib/members/assign-role";
import { inviteMember } from "@/lib/invitations/create-invitation";
import { PERMISSIONS, permissionsForRole } from "@/lib/permissions";
import { createMember } from "@/lib/testing/factories";
import { createRole } from "./create-role";
import { deleteRole } from "./delete-role";
import { getRole, listAllRoles, listRoles } from "./list-roles";
import { updateRole } from "./update-role";

describe("roles", () => {
  it("lists the built-in roles with permissions from code, read-only", async () => {
    const admin = await createMember("ORG_ADMIN");
    const roles = await listAllRoles(admin.ctx);
    expect(roles.map((r) => r.builtIn)).toEqual(["ORG_ADMIN", "ORG_MEMBER", "ANALYST", "VIEWER"]);
    expect(roles[0]?.permissions).toEqual([...PERMISSIONS]);
    expect(roles[3]?.permissions).toEqual(permissionsForRole("VIEWER"));
    const adminRole = roles[0]!;
    await expect(updateRole(admin.ctx, adminRole.id, { name: "Boss" })).rejects.toMatchObject({ code: "conflict" });
    await expect(deleteRole(admin.ctx, adminRole.id)).rejects.toMatchObject({ code: "conflict" });
    const page = await listRoles(admin.ctx, { limit: 3 });
    expect(page.data).toHaveLength(3);
    expect((await listRoles(admin.ctx, { limit: 3, afterId: page.nextId! })).data).toHaveLength(1);
  });

  it("creates, edits and deletes a custom role from a permission matrix, audited as security events", async () => {
    const admin = await createMember("ORG_ADMIN");
    const role = await createRole(admin.ctx, { name: "Auditor", description: "Reads the audit log", permissions: ["audit:read", "instances:read", "audit:read"] });
    expect(role).toMatchObject({ name: "Auditor", builtIn: null, permissions: ["instances:read", "audit:read"], memberCount: 0 });
    await expect(createRole(admin.ctx, { name: "Auditor", permissions: [] })).rejects.toMatchObject({ code: "conflict" });
    await expect(createRole(admin.ctx, { name: "Viewer", permissions: [] })).rejects.toMatchObject({ code: "conflict" });
    const updated = await updateRole(admin.ctx, role.id, { permissions: ["audit:read"], name: "Auditors" });
    expect(updated).toMatchObject({ name: "Auditors", permissions: ["audit:read"] });
    expect((await getRole(admin.ctx, role.id)).name).toBe("Auditors");
    await deleteRole(admin.ctx, role.id);
    await expect(getRole(admin.ctx, role.id)).rejects.toMatchObject({ code: "not_found" });
    const events = await db.auditEvent.findMany({ where: { organizationId: admin.organization.id, action: { startsWith: "role." } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.action, e.security])).toEqual([["role.created", true], ["role.updated", true], ["role.deleted", true]]);
    expect(events[1]?.changes).toMatchObject({ permissionsRemoved: ["instances:read"], name: { from: "Auditor", to: "Auditors" } });
  });

  it("refuses a role with permissions the caller does not hold", async () => {
    const admin = await createMember("ORG_ADMIN");
    const manager: ActorContext = { ...admin.ctx, permissions: ["users:read", "users:update", "instances:read"] };
    await expect(createRole(manager, { name: "Escalate", permissions: ["instances:read", "billing:manage"] })).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringContaining("billing:manage"),
    });
    const ok = await createRole(manager, { name: "Readers", permissions: ["instances:read"] });
    await expect(updateRole(manager, ok.id, { permissions: ["instances:read", "apikeys:manage"] })).rejects.toMatchObject({ code: "forbidden" });
    // Nor may they assign a role (built-in or custom) that carries more than they hold.
    const viewer = await createMember("VIEWER", admin.organization.id);
    const adminRoleId = (await listAllRoles(admin.ctx))[0]!.id;
    await expect(assignRole(manager, viewer.user.id, adminRoleId)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.role.count({ where: { organizationId: admin.organization.id, name: "Escalate" } })).toBe(0);
    // Unknown permission names never get past the schema.
    await expect(createRole(admin.ctx, { name: "Bad", permissions: ["root:everything" as never] })).rejects.toThrow();
    await expect(createRole({ ...admin.ctx, permissions: permissionsForRole("VIEWER") }, { name: "V", permissions: [] })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses to delete a role that members hold or a pending invitation offers", async () => {
    const admin = await createMember("ORG_ADMIN");
    const role = await createRole(admin.ctx, { name: "Held", permissions: ["instances:read"] });
    const viewer = await createMember("VIEWER", admin.organization.id);
    await assignRole(admin.ctx, viewer.user.id, role.id);
    await expect(deleteRole(admin.ctx, role.id)).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("1 member holds") });
    const offered = await createRole(admin.ctx, { name: "Offered", permissions: ["instances:read"] });
    await inviteMember(admin.ctx, { email: `x-${crypto.randomUUID().slice(0, 6)}@example.test`, roleId: offered.id });
    await expect(deleteRole(admin.ctx, offered.id)).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("invitation") });
    expect(await db.role.count({ where: { id: { in: [role.id, offered.id] } } })).toBe(2);
  });

  it("hides another organization's roles", async () => {
    const a = await createMember("ORG_ADMIN");
    const b = await createMember("ORG_ADMIN");
    const role = await createRole(a.ctx, { name: "Private", permissions: ["instances:read"] });
    await expect(getRole(b.ctx, role.id)).rejects.toMatchObject({ status: 404 });
    await expect(updateRole(b.ctx, role.id, { name: "Mine" })).rejects.toMatchObject({ status: 404 });
    await expect(deleteRole(b.ctx, role.id)).rejects.toMatchObject({ status: 404 });
    expect((await listAllRoles(b.ctx)).map((r) => r.id)).not.toContain(role.id);
    expect((await getRole(a.ctx, role.id)).name).toBe("Private");
  });
});
