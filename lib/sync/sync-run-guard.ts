import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantTx } from "@/lib/tenancy/with-tenant";
import { settleSyncRun } from "./settle-sync-run";
import { type TablesProgress, readTables } from "./table-progress";

/** Why a sync stops early: its run is gone (the instance was deleted), already ended, or cancelled. */
export type StopReason = "gone" | "ended" | "cancelled";

export type Guarded = { ok: true; tables: TablesProgress } | { ok: false; stop: StopReason };

/**
 * Locks the sync run for the rest of the transaction and says whether the sync may go on. Every
 * step that writes takes this lock first, so its writes and the run's counts change together, and
 * an instance deleted meanwhile (its runs cascade) stops the sync before anything is written.
 */
export async function lockRunningSync(tx: TenantTx, syncRunId: string): Promise<Guarded> {
  const rows = await tx.$queryRaw<Array<{ status: string; tables: unknown }>>`
    SELECT status::text AS status, tables FROM sync_runs WHERE id = ${syncRunId}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) return { ok: false, stop: "gone" };
  if (row.status !== "RUNNING") return { ok: false, stop: "ended" };
  return { ok: true, tables: readTables(row.tables) };
}

export async function saveTables(tx: TenantTx, syncRunId: string, tables: TablesProgress): Promise<void> {
  await tx.syncRun.updateMany({ where: { id: syncRunId }, data: { tables: tables as unknown as Prisma.InputJsonValue } });
}

/**
 * When the sync's job was cancelled (DELETE /jobs/{jobId}), ends the run as cancelled in the same
 * transaction as the work just done, so its partial counts are exact. The job runner stops calling
 * the function at the next step; this makes the run say so at once.
 */
export async function cancelIfRequested(tx: TenantTx, organizationId: string, syncRunId: string, jobId: string): Promise<boolean> {
  const job = await tx.jobRun.findFirst({ where: { id: jobId }, select: { status: true, cancelRequestedAt: true } });
  if (job && (job.status === "CANCELLED" || job.cancelRequestedAt !== null)) {
    await settleSyncRun(tx, organizationId, syncRunId, "CANCELLED");
    return true;
  }
  return false;
}
