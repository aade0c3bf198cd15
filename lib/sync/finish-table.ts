import { reportJobProgress } from "@/lib/jobs/job-lifecycle";
import { getSyncTable } from "@/lib/servicenow/mapping/registry";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { PlannedTable, SyncJobInput, SyncPlan } from "./begin-sync";
import { reconcileDeletions } from "./reconcile-deletions";
import { syncClient } from "./sync-client";
import { cancelIfRequested, lockRunningSync, saveTables, type StopReason } from "./sync-run-guard";
import { newTableProgress, overallProgress } from "./table-progress";
import { nextHighWaterMark } from "./watermark";

/**
 * After a table's last page: a full sync removes what the instance no longer has, then the table's
 * high-water mark moves on (watermark.ts) and the table is marked done, together, so a mark never
 * covers records that were not written.
 */
export async function finishTable(input: SyncJobInput, plan: SyncPlan, table: PlannedTable): Promise<{ ok: true } | { ok: false; stop: StopReason }> {
  const scope = { organizationId: input.organizationId };
  const mapping = getSyncTable(table.name);
  if (!mapping) throw new Error(`Unknown sync table ${table.name}`);
  if (input.mode === "full") {
    const client = await syncClient(input);
    if (!client) return { ok: false, stop: "gone" };
    const stop = await reconcileDeletions(client, input, mapping);
    if (stop) return { ok: false, stop };
  }
  const outcome = await withTenant(scope, async (tx) => {
    const guard = await lockRunningSync(tx, input.syncRunId);
    if (!guard.ok) return guard;
    const t = (guard.tables[mapping.name] ??= newTableProgress(mapping.table, 0));
    if (!t.done) {
      const key = { instanceId_tableName: { instanceId: input.instanceId, tableName: mapping.name } };
      const previous = await tx.syncWatermark.findUnique({ where: key, select: { highWaterMark: true } });
      const highWaterMark = nextHighWaterMark({
        previous: previous?.highWaterMark ?? null,
        maxSeen: t.maxSeen ? new Date(t.maxSeen) : null,
        syncStartedAt: new Date(plan.startedAt),
        shrank: t.shrank,
      });
      const fullSyncAt = input.mode === "full" ? { lastFullSyncAt: new Date() } : {};
      await tx.syncWatermark.upsert({
        where: key,
        create: { organizationId: input.organizationId, instanceId: input.instanceId, tableName: mapping.name, highWaterMark, ...fullSyncAt },
        update: { highWaterMark, ...fullSyncAt },
      });
      t.done = true;
      await saveTables(tx, input.syncRunId, guard.tables);
    }
    if (await cancelIfRequested(tx, input.organizationId, input.syncRunId, input.jobId)) return { ok: false as const, stop: "cancelled" as const };
    return { ok: true as const, progress: overallProgress(guard.tables) };
  });
  if (!outcome.ok) return outcome;
  await reportJobProgress(input.jobId, outcome.progress.percent, outcome.progress.label);
  return { ok: true };
}
