import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nextSyncAt, scheduleOf } from "@/lib/instances/sync-schedule";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { startSync } from "./start-sync";
import { schedulerContext } from "./sync-actor";

/**
 * Instances whose scheduled sync is due, across organizations (the scheduler acts for the system,
 * so `db` directly), the longest overdue first. Organizations pending deletion are skipped.
 */
export async function findInstancesDueForSync(now: Date, limit: number): Promise<Array<{ id: string; organizationId: string }>> {
  return db.serviceNowInstance.findMany({
    where: { syncSchedule: { not: "MANUAL" }, nextSyncAt: { lte: now }, organization: { deletedAt: null } },
    orderBy: [{ nextSyncAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, organizationId: true },
  });
}

export type ScheduledSyncOutcome = "started" | "already_running" | "not_due";

/**
 * Starts one due instance's incremental sync and moves its next sync time to the following slot.
 * The move is conditional on the time read, so two schedulers (or a retried step) start one sync
 * per slot. A slot whose instance is still syncing is skipped, not queued behind it.
 */
export async function startScheduledSync(organizationId: string, instanceId: string, now: Date): Promise<ScheduledSyncOutcome> {
  const ctx = schedulerContext(organizationId);
  const claimed = await withTenant({ organizationId }, async (tx) => {
    const instance = await tx.serviceNowInstance.findFirst({
      where: { id: instanceId },
      select: { syncSchedule: true, syncCron: true, nextSyncAt: true },
    });
    if (!instance?.nextSyncAt || instance.syncSchedule === "MANUAL" || instance.nextSyncAt > now) return false;
    const organization = await tx.organization.findFirst({ select: { timeZone: true } });
    const next = nextSyncAt(scheduleOf(instance), now, organization?.timeZone);
    const { count } = await tx.serviceNowInstance.updateMany({
      where: { id: instanceId, nextSyncAt: instance.nextSyncAt },
      data: { nextSyncAt: next },
    });
    return count === 1;
  });
  if (!claimed) return "not_due";
  try {
    await startSync(ctx, instanceId, { mode: "incremental" });
    return "started";
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") return "already_running";
    if (error instanceof AppError && error.code === "not_found") return "not_due";
    throw error;
  }
}
