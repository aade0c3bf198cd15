import type { Prisma } from "@/lib/generated/prisma/client";
import { reportJobProgress } from "@/lib/jobs/job-lifecycle";
import { updatedSince } from "@/lib/servicenow/client/encoded-query";
import { getSyncTable } from "@/lib/servicenow/mapping/registry";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { PlannedTable, SyncJobInput } from "./begin-sync";
import { mapPage } from "./map-page";
import { syncClient } from "./sync-client";
import { cancelIfRequested, lockRunningSync, saveTables, type StopReason } from "./sync-run-guard";
import { newTableProgress, overallProgress } from "./table-progress";
import { upsertRecords } from "./upsert-records";

export interface PageRequest {
  table: PlannedTable;
  /** 0-based; page n of a table is the n-th step of that table. */
  pageIndex: number;
  offset: number;
  pageSize: number;
}

/** What a page step returns (and the job runner memoizes): only what the next step needs. */
export type PageOutcome = { ok: true; nextOffset: number | null; records: number } | { ok: false; stop: StopReason };

/**
 * One page of one table, as one durable step: fetch it, validate and map it, and write it with its
 * counts in one transaction. Streaming: only this page is ever in memory. If the step fails it is
 * retried alone; if the process dies after the commit, the step runs again, writes the same
 * records (idempotent) and, finding the page already counted, counts nothing twice.
 */
export async function syncPage(input: SyncJobInput, request: PageRequest): Promise<PageOutcome> {
  const scope = { organizationId: input.organizationId };
  const mapping = getSyncTable(request.table.name);
  if (!mapping) throw new Error(`Unknown sync table ${request.table.name}`);
  const client = await syncClient(input);
  if (!client) return { ok: false, stop: "gone" };
  const since = request.table.since;
  const page = await client.fetchPage(mapping.table, {
    query: since ? updatedSince(new Date(since)) : null,
    fields: mapping.fields,
    offset: request.offset,
    limit: request.pageSize,
  });
  const mapped = mapPage(mapping, page.records);

  const outcome = await withTenant(scope, async (tx) => {
    const guard = await lockRunningSync(tx, input.syncRunId);
    if (!guard.ok) return guard;
    const counts = await upsertRecords(
      tx,
      { ...input, tableName: mapping.name, touchUnchanged: input.mode === "full" },
      mapped.rows,
    );
    const tables = guard.tables;
    const t = (tables[mapping.name] ??= newTableProgress(mapping.table, page.totalCount ?? 0));
    if (t.pages <= request.pageIndex) {
      if (mapped.quarantined.length > 0) {
        await tx.snQuarantine.createMany({
          data: mapped.quarantined.map((q) => ({
            organizationId: input.organizationId,
            instanceId: input.instanceId,
            syncRunId: input.syncRunId,
            tableName: mapping.name,
            sysId: q.sysId,
            reason: q.reason,
            raw: q.raw as Prisma.InputJsonValue,
          })),
        });
      }
      t.pages = request.pageIndex + 1;
      t.fetched += page.records.length;
      t.inserted += counts.inserted;
      t.updated += counts.updated;
      t.quarantined += mapped.quarantined.length;
      if (page.totalCount !== null) {
        if (t.lastTotal !== null && page.totalCount < t.lastTotal) t.shrank = true;
        t.lastTotal = page.totalCount;
        t.total = page.totalCount;
      } else {
        t.total = Math.max(t.total, t.fetched);
      }
      if (mapped.maxSeen && (t.maxSeen === null || mapped.maxSeen.toISOString() > t.maxSeen)) t.maxSeen = mapped.maxSeen.toISOString();
    }
    await saveTables(tx, input.syncRunId, tables);
    if (await cancelIfRequested(tx, input.organizationId, input.syncRunId, input.jobId)) return { ok: false as const, stop: "cancelled" as const };
    return { ok: true as const, progress: overallProgress(tables) };
  });
  if (!outcome.ok) return outcome;
  await reportJobProgress(input.jobId, outcome.progress.percent, outcome.progress.label);
  return { ok: true, nextOffset: page.nextOffset, records: page.records.length };
}
