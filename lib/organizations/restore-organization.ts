import type { UserCaller } from "@/lib/auth/tokens/user-caller";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { permissionsOfRoles } from "@/lib/permissions";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { type Organization, organizationSelect } from "./schemas";

export interface DeletedOrganization {
  id: string;
  name: string;
  slug: string;
  deletedAt: Date;
  purgeAfter: Date;
}

/**
 * Organizations pending deletion that this user may restore (they hold `organizations:delete`
 * there). A deleted organization is out of every list and URL, so this is the only way back to it.
 */
export async function listRestorableOrganizations(userId: string): Promise<DeletedOrganization[]> {
  const rows = await db.membership.findMany({
    where: { userId, organization: { deletedAt: { not: null }, purgeAfter: { gt: new Date() } } },
    select: {
      organization: { select: { id: true, name: true, slug: true, deletedAt: true, purgeAfter: true } },
      roles: { select: { role: { select: { builtIn: true, permissions: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows
    .filter((row) => permissionsOfRoles(row.roles.map((r) => r.role)).includes("organizations:delete"))
    .map(({ organization: o }) => ({ id: o.id, name: o.name, slug: o.slug, deletedAt: o.deletedAt!, purgeAfter: o.purgeAfter! }));
}

/** Undoes a deletion within the grace period; anyone else (or later) finds nothing to restore. */
export async function restoreOrganization(actor: UserCaller, organizationId: string): Promise<Organization> {
  const restorable = await listRestorableOrganizations(actor.userId);
  if (!restorable.some((o) => o.id === organizationId)) throw notFound("Organization");
  return withTenant({ organizationId, userId: actor.userId }, async (tx) => {
    const { count } = await tx.organization.updateMany({
      where: { id: organizationId, deletedAt: { not: null }, purgeAfter: { gt: new Date() } },
      data: { deletedAt: null, purgeAfter: null },
    });
    if (count === 0) throw notFound("Organization");
    await appendAuditEvent(
      tx,
      { organizationId, actorType: "user", actorId: actor.userId, actorLabel: actor.email, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId },
      { action: "organization.restored", targetType: "organization", targetId: organizationId, security: true },
    );
    return tx.organization.findFirstOrThrow({ where: { id: organizationId }, select: organizationSelect });
  });
}
