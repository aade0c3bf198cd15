import type { EncodedQuery } from "@/lib/servicenow/client/encoded-query";
import type { ServiceNowClient } from "@/lib/servicenow/client/client";
import type { SyncTable } from "@/lib/servicenow/mapping/registry";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { SyncJobInput } from "./begin-sync";
import { mapPage } from "./map-page";
import { lockRunningSync, saveTables, type StopReason } from "./sync-run-guard";
import { newTableProgress } from "./table-progress";
import { upsertRecords } from "./upsert-records";

// sys_ids per confirming request: 100 of them keep the URL near 3.5 KB, well under common limits.
const CONFIRM_BATCH = 100;
const SYS_ID = /^[0-9a-f]{32}$/;

/**
 * `sys_idIN<id>,<id>…` for ids we validated ourselves; the connector's builders have no IN, and an
 * id that could carry `^` would add a condition instead of failing.
 */
function sysIdIn(ids: readonly string[]): EncodedQuery {
  for (const id of ids) if (!SYS_ID.test(id)) throw new TypeError(`Not a sys_id: ${JSON.stringify(id)}`);
  return `sys_idIN${ids.join(",")}` as EncodedQuery;
}

/**
 * The end of a full sync's pass over a table: our records the pass did not see (last_sync_run_id
 * is another run's) are deleted, but only once the instance confirms they are gone. Offset paging
 * can skip a record when another is deleted while we page; asking for the unseen ones by sys_id
 * tells a skipped record (still there: written now) from a deleted one. Each batch commits with its
 * counts, so a retried step carries on where it stopped.
 */
export async function reconcileDeletions(client: ServiceNowClient, input: SyncJobInput, mapping: SyncTable): Promise<StopReason | null> {
  const scope = { organizationId: input.organizationId };
  let after = "";
  for (;;) {
    const unseen = await withTenant(scope, (tx) =>
      tx.snRecord.findMany({
        where: { instanceId: input.instanceId, tableName: mapping.name, lastSyncRunId: { not: input.syncRunId }, sysId: { gt: after } },
        orderBy: { sysId: "asc" },
        take: CONFIRM_BATCH,
        select: { sysId: true },
      }),
    );
    if (unseen.length === 0) return null;
    after = unseen.at(-1)!.sysId;
    const ids = unseen.map((r) => r.sysId).filter((id) => SYS_ID.test(id));
    const page = await client.fetchPage(mapping.table, { query: sysIdIn(ids), fields: mapping.fields, limit: CONFIRM_BATCH });
    const present = new Set(page.records.map((r) => (typeof r.sys_id === "string" ? r.sys_id.toLowerCase() : "")));
    // Records that are still there but no longer valid stay as they were: they are not deleted.
    const { rows } = mapPage(mapping, page.records);
    const gone = unseen.map((r) => r.sysId).filter((id) => !present.has(id));

    const stop = await withTenant(scope, async (tx) => {
      const guard = await lockRunningSync(tx, input.syncRunId);
      if (!guard.ok) return guard.stop;
      const counts = await upsertRecords(tx, { ...input, tableName: mapping.name, touchUnchanged: true }, rows);
      const deleted = gone.length
        ? await tx.snRecord.deleteMany({
            where: { instanceId: input.instanceId, tableName: mapping.name, sysId: { in: gone }, lastSyncRunId: { not: input.syncRunId } },
          })
        : { count: 0 };
      const t = (guard.tables[mapping.name] ??= newTableProgress(mapping.table, 0));
      t.inserted += counts.inserted;
      t.updated += counts.updated;
      t.deleted += deleted.count;
      await saveTables(tx, input.syncRunId, guard.tables);
      return null;
    });
    if (stop) return stop;
  }
}
