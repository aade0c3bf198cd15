import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";

/**
 * Deletes a custom role that nobody holds and no pending invitation offers. Taking it away from
 * members silently could leave someone with no role at all, so the admin reassigns them first.
 */
export async function deleteRole(ctx: ActorContext, roleId: string): Promise<void> {
  authorize(ctx, "users:update");
  assertId(roleId, "Role");
  await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
    // Locks the row: an assignment racing this delete waits on its foreign key and then fails.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM roles WHERE id = ${roleId}::uuid FOR UPDATE`;
    const role = locked.length ? await tx.role.findFirst({ where: { id: roleId }, select: { name: true, builtIn: true } }) : null;
    if (!role) throw notFound("Role");
    if (role.builtIn) throw new AppError("conflict", `"${role.name}" is a built-in role and cannot be deleted`);
    const holders = await tx.membershipRole.count({ where: { roleId } });
    if (holders > 0) {
      throw new AppError("conflict", `${holders} member${holders === 1 ? " holds" : "s hold"} "${role.name}"; give them another role first`);
    }
    const pending = await tx.invitation.count({ where: { roleId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } });
    if (pending > 0) {
      throw new AppError("conflict", `${pending} pending invitation${pending === 1 ? " offers" : "s offer"} "${role.name}"; revoke ${pending === 1 ? "it" : "them"} first`);
    }
    await tx.role.deleteMany({ where: { id: roleId } });
    await appendAuditEvent(tx, auditActorOf(ctx), { action: "role.deleted", targetType: "role", targetId: roleId, changes: { name: role.name }, security: true });
  });
}
