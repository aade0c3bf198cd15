import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { compareRoles, roleSelect, toRole } from "./role-view";
import type { Role } from "./schemas";

/** One page of the organization's roles in creation order (the built-ins come first). */
export async function listRoles(ctx: ActorContext, page: { limit: number; afterId?: string }): Promise<{ data: Role[]; nextId: string | null }> {
  authorize(ctx, "users:read");
  const rows = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) =>
    tx.role.findMany({
      where: page.afterId ? { id: { gt: page.afterId } } : {},
      orderBy: { id: "asc" },
      take: page.limit + 1,
      select: roleSelect,
    }),
  );
  const data = rows.slice(0, page.limit).map(toRole);
  return { data, nextId: rows.length > page.limit ? (data.at(-1)?.id ?? null) : null };
}

/** Every role, in reading order, for the permission matrix and role pickers. */
export async function listAllRoles(ctx: ActorContext): Promise<Role[]> {
  authorize(ctx, "users:read");
  const rows = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) => tx.role.findMany({ select: roleSelect }));
  return rows.map(toRole).sort(compareRoles);
}

export async function getRole(ctx: ActorContext, roleId: string): Promise<Role> {
  authorize(ctx, "users:read");
  assertId(roleId, "Role");
  const row = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) =>
    tx.role.findFirst({ where: { id: roleId }, select: roleSelect }),
  );
  if (!row) throw notFound("Role");
  return toRole(row);
}
