import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { assertId } from "@/lib/organizations/ids";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { type TenantTx, withTenant } from "@/lib/tenancy/with-tenant";
import { type SyncAccepted, StartSyncInput } from "./schemas";
import { OPEN_STATUSES, settleStrandedSyncRuns, settleSyncRun } from "./settle-sync-run";

export const SYNC_FUNCTION_ID = "instance-sync";

export interface StartSyncOptions {
  /** Records per Table API request (tests use small pages); by default the sync picks one. */
  pageSize?: number;
}

/**
 * Starts a sync of one instance as a tracked job. The sync run is recorded first: the database
 * allows one queued or running sync run per instance (a partial unique index), so a second
 * request, even a concurrent one from another process, gets a 409 and queues nothing.
 */
export async function startSync(
  ctx: ActorContext,
  instanceId: string,
  input: StartSyncInput,
  options: StartSyncOptions = {},
): Promise<SyncAccepted> {
  authorize(ctx, "instances:update");
  assertId(instanceId, "Instance");
  const { mode } = StartSyncInput.parse(input);
  const scope = tenantOf(ctx);
  let syncRunId: string;
  try {
    syncRunId = await withTenant(scope, async (tx) => {
      const instance = await tx.serviceNowInstance.findFirst({ where: { id: instanceId }, select: { id: true } });
      if (!instance) throw notFound("Instance");
      await settleStrandedSyncRuns(tx, ctx.organizationId, instanceId);
      await assertNoActiveSync(tx, instanceId);
      const run = await tx.syncRun.create({
        data: { organizationId: ctx.organizationId, instanceId, mode: mode === "full" ? "FULL" : "INCREMENTAL" },
        select: { id: true },
      });
      await appendAuditEvent(tx, auditActorOf(ctx), {
        action: "instance.sync_requested",
        targetType: "instance",
        targetId: instanceId,
        changes: { syncRunId: run.id, mode },
      });
      return run.id;
    });
  } catch (error) {
    // Another request created its run between our check and our insert.
    if (isUniqueViolation(error)) {
      await withTenant(scope, (tx) => assertNoActiveSync(tx, instanceId));
      throw new AppError("conflict", "Another sync of this instance started at the same moment and has already ended; try again");
    }
    throw error;
  }

  let jobId: string;
  try {
    jobId = await enqueueJob(ctx, {
      functionId: SYNC_FUNCTION_ID,
      eventName: "instance/sync.requested",
      data: { instanceId, syncRunId, mode, requestedBy: ctx.actorId, ...(options.pageSize ? { pageSize: options.pageSize } : {}) },
    });
  } catch (error) {
    await withTenant(scope, (tx) => settleSyncRun(tx, ctx.organizationId, syncRunId, "FAILED", "The sync could not be queued"));
    throw error;
  }
  await withTenant(scope, (tx) => tx.syncRun.updateMany({ where: { id: syncRunId }, data: { jobRunId: jobId } }));
  return { jobId, syncRunId };
}

async function assertNoActiveSync(tx: TenantTx, instanceId: string): Promise<void> {
  const active = await tx.syncRun.findFirst({ where: { instanceId, status: { in: OPEN_STATUSES } }, select: { id: true, jobRunId: true } });
  if (active) {
    throw new AppError("conflict", `A sync of this instance is already running (job ${active.jobRunId ?? `being queued, sync run ${active.id}`})`);
  }
}
