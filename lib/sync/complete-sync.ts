import { withTenant } from "@/lib/tenancy/with-tenant";
import type { SyncJobInput } from "./begin-sync";
import type { SyncCounts } from "./schemas";
import { settleSyncRun, tableCounts } from "./settle-sync-run";
import { lockRunningSync, type StopReason } from "./sync-run-guard";

/** The job's result and the payload of `instance/sync.completed`. */
export interface SyncResult {
  syncRunId: string;
  instanceId: string;
  mode: "incremental" | "full";
  counts: SyncCounts;
  tables: Record<string, SyncCounts>;
}

/** The last step: the run succeeded; the instance's last sync time moves on; an audit event records the counts. */
export async function completeSync(input: SyncJobInput): Promise<{ ok: true; result: SyncResult } | { ok: false; stop: StopReason }> {
  return withTenant({ organizationId: input.organizationId }, async (tx) => {
    const guard = await lockRunningSync(tx, input.syncRunId);
    if (!guard.ok) return guard;
    await settleSyncRun(tx, input.organizationId, input.syncRunId, "SUCCEEDED");
    const { counts, tables } = tableCounts(guard.tables);
    return { ok: true as const, result: { syncRunId: input.syncRunId, instanceId: input.instanceId, mode: input.mode, counts, tables } };
  });
}

/** A sync whose job failed for good: the run records the job's error. */
export async function failSync(organizationId: string, syncRunId: string, error: string): Promise<void> {
  await withTenant({ organizationId }, (tx) => settleSyncRun(tx, organizationId, syncRunId, "FAILED", error));
}
