import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/organizations/ids";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { normalizePermissions, roleNameTaken } from "./create-role";
import { assertCanGrant } from "./grantable";
import { roleSelect, toRole } from "./role-view";
import { type Role, type UpdateRoleInput, UpdateRoleInput as Schema } from "./schemas";

/**
 * Renames or re-scopes a custom role. The caller must hold every permission the role has before
 * and after: editing a role is granting (or taking away) what it carries from all its members.
 */
export async function updateRole(ctx: ActorContext, roleId: string, input: UpdateRoleInput): Promise<Role> {
  authorize(ctx, "users:update");
  assertId(roleId, "Role");
  const data = Schema.parse(input);
  try {
    return await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
      const before = await tx.role.findFirst({ where: { id: roleId }, select: roleSelect });
      if (!before) throw notFound("Role");
      if (before.builtIn) throw new AppError("conflict", `"${before.name}" is a built-in role; its permissions cannot be changed`);
      const permissions = data.permissions ? normalizePermissions(data.permissions) : before.permissions;
      assertCanGrant(ctx, [...before.permissions, ...permissions]);
      const changes: Record<string, unknown> = {};
      if (data.name !== undefined && data.name !== before.name) changes.name = { from: before.name, to: data.name };
      if (data.description !== undefined && data.description !== before.description) changes.description = { to: data.description };
      const added = permissions.filter((p) => !before.permissions.includes(p));
      const removed = before.permissions.filter((p) => !permissions.includes(p));
      if (added.length) changes.permissionsAdded = added;
      if (removed.length) changes.permissionsRemoved = removed;
      if (Object.keys(changes).length === 0) return toRole(before);
      const row = await tx.role.update({
        where: { id: roleId },
        data: { name: data.name, description: data.description, permissions },
        select: roleSelect,
      });
      await appendAuditEvent(tx, auditActorOf(ctx), { action: "role.updated", targetType: "role", targetId: roleId, changes, security: true });
      return toRole(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw roleNameTaken(data.name ?? "");
    throw error;
  }
}
