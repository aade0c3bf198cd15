import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { notFound } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { assertOwnOrganization } from "./get-organization";
import { type Organization, organizationSelect } from "./schemas";

export const DELETION_GRACE_DAYS = 30;

/**
 * Soft delete: the organization vanishes from every member's list at once, and its data stays for
 * the grace period (an admin can restore it) until the daily purge removes it for good.
 */
export async function deleteOrganization(ctx: ActorContext, organizationId: string): Promise<Organization> {
  authorize(ctx, "organizations:delete");
  assertOwnOrganization(ctx, organizationId);
  return withTenant({ organizationId, userId: ctx.actorId }, async (tx) => {
    const now = new Date();
    const purgeAfter = new Date(now.getTime() + DELETION_GRACE_DAYS * 24 * 60 * 60 * 1000);
    const { count } = await tx.organization.updateMany({
      where: { id: organizationId, deletedAt: null },
      data: { deletedAt: now, purgeAfter },
    });
    if (count === 0) throw notFound("Organization");
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: "organization.deleted",
      targetType: "organization",
      targetId: organizationId,
      changes: { purgeAfter: purgeAfter.toISOString() },
      security: true,
    });
    return tx.organization.findFirstOrThrow({ where: { id: organizationId }, select: organizationSelect });
  });
}
