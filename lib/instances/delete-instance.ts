import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { assertId } from "@/lib/organizations/ids";
import { type TenantScope, withTenant } from "@/lib/tenancy/with-tenant";
import { tenantOf } from "./tenant-of";

const PURGE_BATCH = 5_000;

/**
 * Disconnects an instance: its row, sealed credentials, health checks and sync runs go at once
 * (foreign keys cascade). Its synced records, quarantine and watermarks have no foreign key (they
 * can be millions of rows), so they are removed afterwards in batches, outside the transaction.
 */
export async function deleteInstance(ctx: ActorContext, instanceId: string): Promise<void> {
  authorize(ctx, "instances:delete");
  assertId(instanceId, "Instance");
  const scope = tenantOf(ctx);
  await withTenant(scope, async (tx) => {
    const row = await tx.serviceNowInstance.findFirst({ where: { id: instanceId }, select: { name: true, url: true } });
    if (!row) throw notFound("Instance");
    await tx.serviceNowInstance.deleteMany({ where: { id: instanceId } });
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: "instance.deleted",
      targetType: "instance",
      targetId: instanceId,
      changes: { name: row.name, url: row.url },
    });
  });
  await purgeInstanceData(scope, instanceId).catch((error: unknown) => {
    // The instance is gone either way; leftovers are keyed by an id nothing refers to any more.
    logger.warn(`instance ${instanceId}: synced data not fully removed (${(error as Error)?.name ?? "error"}); it is unreachable`);
  });
}

/** Removes what an instance synced, in batches small enough for one short transaction each. */
export async function purgeInstanceData(scope: TenantScope, instanceId: string): Promise<void> {
  await withTenant(scope, async (tx) => {
    await tx.snQuarantine.deleteMany({ where: { instanceId } });
    await tx.syncWatermark.deleteMany({ where: { instanceId } });
  });
  for (;;) {
    // Raw SQL for the LIMIT; row-level security still confines it to the scope's organization.
    const deleted = await withTenant(scope, (tx) =>
      tx.$executeRaw`DELETE FROM sn_records WHERE (instance_id, table_name, sys_id) IN (
        SELECT instance_id, table_name, sys_id FROM sn_records WHERE instance_id = ${instanceId}::uuid LIMIT ${PURGE_BATCH})`,
    );
    if (deleted < PURGE_BATCH) return;
  }
}
