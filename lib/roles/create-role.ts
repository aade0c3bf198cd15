import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { PERMISSIONS } from "@/lib/permissions";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { assertCanGrant } from "./grantable";
import { roleSelect, toRole } from "./role-view";
import { type CreateRoleInput, CreateRoleInput as Schema, type Role } from "./schemas";

/** Permissions in the product's canonical order, each once. */
export function normalizePermissions(permissions: readonly string[]): string[] {
  return PERMISSIONS.filter((p) => permissions.includes(p));
}

export const roleNameTaken = (name: string) =>
  new AppError("conflict", `A role named "${name}" already exists`, { errors: [{ path: "name", message: "This name is taken" }] });

/** A custom role from the permission matrix; managing roles needs `users:update`. */
export async function createRole(ctx: ActorContext, input: CreateRoleInput): Promise<Role> {
  authorize(ctx, "users:update");
  const data = Schema.parse(input);
  const permissions = normalizePermissions(data.permissions);
  assertCanGrant(ctx, permissions);
  try {
    return await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
      const row = await tx.role.create({
        data: { organizationId: ctx.organizationId, name: data.name, description: data.description ?? null, permissions },
        select: roleSelect,
      });
      await appendAuditEvent(tx, auditActorOf(ctx), {
        action: "role.created",
        targetType: "role",
        targetId: row.id,
        changes: { name: row.name, permissions },
        security: true,
      });
      return toRole(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw roleNameTaken(data.name);
    throw error;
  }
}
