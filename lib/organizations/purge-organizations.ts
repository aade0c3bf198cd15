import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { purgeInstanceData } from "@/lib/instances/delete-instance";

const BATCH = 100;

/** Soft-deleted organizations whose grace period is over, oldest first. Runs as the system. */
export async function findOrganizationsDueForPurge(now = new Date()): Promise<string[]> {
  const rows = await db.organization.findMany({
    where: { deletedAt: { not: null }, purgeAfter: { lte: now } },
    orderBy: { purgeAfter: "asc" },
    take: BATCH,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/**
 * Hard-deletes one organization: foreign keys cascade to its members, roles, teams, invitations,
 * API keys, instances and jobs; synced ServiceNow data has no foreign key (bulk-loaded tables), so
 * it is deleted first, in batches. Its audit events stay, by design: the trail outlives the tenant,
 * and its last entry records the purge. A restore that won the race leaves it alone.
 */
export async function purgeOrganization(organizationId: string, now = new Date()): Promise<boolean> {
  const due = await db.organization.findFirst({
    where: { id: organizationId, deletedAt: { not: null }, purgeAfter: { lte: now } },
    select: { instances: { select: { id: true } } },
  });
  if (!due) return false;
  // Past its grace period the organization can no longer be restored, so its data may go first.
  for (const instance of due.instances) await purgeInstanceData({ organizationId }, instance.id);
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findFirst({
      where: { id: organizationId, deletedAt: { not: null }, purgeAfter: { lte: now } },
      select: { name: true, slug: true, deletedAt: true },
    });
    if (!org) return false;
    const { count } = await tx.organization.deleteMany({ where: { id: organizationId, deletedAt: { not: null }, purgeAfter: { lte: now } } });
    if (count === 0) return false;
    await appendAuditEvent(
      tx,
      { organizationId, actorType: "system", actorLabel: "organization-purge" },
      {
        action: "organization.purged",
        targetType: "organization",
        targetId: organizationId,
        changes: { name: org.name, slug: org.slug, deletedAt: org.deletedAt?.toISOString() },
      },
    );
    return true;
  });
}

/** Purges every organization that is due; the scheduled job does the same step by step. */
export async function purgeDeletedOrganizations(now = new Date()): Promise<string[]> {
  const purged: string[] = [];
  for (const id of await findOrganizationsDueForPurge(now)) {
    if (await purgeOrganization(id, now)) purged.push(id);
  }
  return purged;
}
