import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/organizations/ids";
import { permissionsOfRoles } from "@/lib/permissions";
import { assertCanGrant } from "@/lib/roles/grantable";
import { type TenantTx, withTenant } from "@/lib/tenancy/with-tenant";
import { assertNotLastAdmin, lockAdminChanges } from "./admin-guard";

/**
 * Removes a member from the organization (their account stays; other organizations are not
 * touched). The caller must hold every permission the member has, and the last admin stays.
 */
export async function removeMember(ctx: ActorContext, userId: string): Promise<void> {
  authorize(ctx, "users:delete");
  assertId(userId, "Member");
  await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
    await lockAdminChanges(tx, ctx.organizationId);
    const member = await membershipWithRoles(tx, userId);
    if (!member) throw notFound("Member");
    assertCanGrant(ctx, permissionsOfRoles(member.roles.map((r) => r.role)));
    if (member.roles.some((r) => r.role.builtIn === "ORG_ADMIN")) {
      await assertNotLastAdmin(tx, "This is the last Organization Admin; make someone else an admin before removing them");
    }
    await tx.membership.deleteMany({ where: { id: member.id } });
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: "member.removed",
      targetType: "user",
      targetId: userId,
      changes: { email: member.user.email, roles: member.roles.map((r) => r.role.name) },
      security: true,
    });
  });
}

/** The signed-in user leaves the organization, unless they are its last admin. */
export async function leaveOrganization(ctx: ActorContext): Promise<void> {
  if (ctx.actorType !== "user") throw new AppError("forbidden", "Only a person can leave an organization");
  await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
    await lockAdminChanges(tx, ctx.organizationId);
    const member = await membershipWithRoles(tx, ctx.actorId);
    if (!member) throw notFound("Member");
    if (member.roles.some((r) => r.role.builtIn === "ORG_ADMIN")) {
      await assertNotLastAdmin(tx, "You are the last Organization Admin: make someone else an admin first, or delete the organization");
    }
    await tx.membership.deleteMany({ where: { id: member.id } });
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: "member.left",
      targetType: "user",
      targetId: ctx.actorId,
      changes: { email: member.user.email },
      security: true,
    });
  });
}

function membershipWithRoles(tx: TenantTx, userId: string) {
  return tx.membership.findFirst({
    where: { userId },
    select: { id: true, user: { select: { email: true } }, roles: { select: { role: { select: { name: true, builtIn: true, permissions: true } } } } },
  });
}
