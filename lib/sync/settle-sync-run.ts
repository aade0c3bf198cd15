import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { TenantTx } from "@/lib/tenancy/with-tenant";
import { syncAuditActor } from "./sync-actor";
import { countsOf, readTables, totalsOf } from "./table-progress";

export const OPEN_STATUSES: ("QUEUED" | "RUNNING")[] = ["QUEUED", "RUNNING"];
export type FinalStatus = "SUCCEEDED" | "FAILED" | "CANCELLED";

const ACTIONS: Record<FinalStatus, string> = {
  SUCCEEDED: "instance.sync_completed",
  FAILED: "instance.sync_failed",
  CANCELLED: "instance.sync_cancelled",
};

/**
 * Ends an open sync run with its counts as they stand, once: a run already ended is left as it is
 * (a late failure cannot overwrite a cancellation). Returns false when there was nothing to end.
 */
export async function settleSyncRun(
  tx: TenantTx,
  organizationId: string,
  syncRunId: string,
  status: FinalStatus,
  error?: string | null,
): Promise<boolean> {
  const finishedAt = new Date();
  const { count } = await tx.syncRun.updateMany({
    where: { id: syncRunId, status: { in: OPEN_STATUSES } },
    data: { status, finishedAt, error: error ? error.slice(0, 2000) : null },
  });
  if (count === 0) return false;
  const run = await tx.syncRun.findFirstOrThrow({ where: { id: syncRunId }, select: { instanceId: true, mode: true, tables: true } });
  const tables = readTables(run.tables);
  await appendAuditEvent(tx, syncAuditActor(organizationId), {
    action: ACTIONS[status],
    targetType: "instance",
    targetId: run.instanceId,
    changes: {
      syncRunId,
      mode: run.mode.toLowerCase(),
      ...totalsOf(tables),
      ...(error ? { error: error.slice(0, 500) } : {}),
    },
  });
  if (status === "SUCCEEDED") {
    await tx.serviceNowInstance.updateMany({ where: { id: run.instanceId }, data: { lastSyncAt: finishedAt } });
  }
  return true;
}

/** Per-table counts for job results and the completion event. */
export function tableCounts(tablesJson: unknown) {
  const tables = readTables(tablesJson);
  return {
    counts: totalsOf(tables),
    tables: Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, countsOf(t)])),
  };
}

// A sync run whose job ended without ending it: cancelled between two steps (the runner stops
// without calling the function again), cancelled on Inngest (cancelOn), or killed for good.
const STRANDED_AFTER_MS = 5 * 60_000;

/**
 * Ends the instance's open sync runs whose job is over, taking the job's outcome. Called wherever
 * sync runs are read or started, so a cancelled job never leaves its run "running" (which would
 * also block the next sync through the one-active-run index).
 */
export async function settleStrandedSyncRuns(tx: TenantTx, organizationId: string, instanceId: string): Promise<void> {
  const open = await tx.syncRun.findMany({
    where: { instanceId, status: { in: OPEN_STATUSES } },
    select: { id: true, jobRunId: true, createdAt: true },
  });
  if (open.length === 0) return;
  const jobIds = open.map((r) => r.jobRunId).filter((id): id is string => id !== null);
  const jobs = new Map(
    (await tx.jobRun.findMany({ where: { id: { in: jobIds } }, select: { id: true, status: true, error: true } })).map((j) => [j.id, j]),
  );
  for (const run of open) {
    if (run.jobRunId === null) {
      // Between creating the run and queueing its job (startSync): only a long-stuck one is given up.
      if (Date.now() - run.createdAt.getTime() > STRANDED_AFTER_MS) {
        await settleSyncRun(tx, organizationId, run.id, "FAILED", "The sync job was never queued");
      }
      continue;
    }
    const job = jobs.get(run.jobRunId);
    if (!job) await settleSyncRun(tx, organizationId, run.id, "FAILED", "The sync job no longer exists");
    else if (job.status === "CANCELLED") await settleSyncRun(tx, organizationId, run.id, "CANCELLED");
    else if (job.status === "FAILED") await settleSyncRun(tx, organizationId, run.id, "FAILED", job.error ?? "The sync job failed");
    else if (job.status === "SUCCEEDED") await settleSyncRun(tx, organizationId, run.id, "FAILED", "The sync job ended before the sync finished");
  }
}
