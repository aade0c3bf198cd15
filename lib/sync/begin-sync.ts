import { reportJobProgress } from "@/lib/jobs/job-lifecycle";
import type { ServiceNowClient } from "@/lib/servicenow/client/client";
import { updatedSince } from "@/lib/servicenow/client/encoded-query";
import { isServiceNowError } from "@/lib/servicenow/client/errors";
import { MAX_PAGE_SIZE } from "@/lib/servicenow/client/table-page";
import { syncTables } from "@/lib/servicenow/mapping/registry";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { syncClient } from "./sync-client";
import { cancelIfRequested, lockRunningSync, saveTables, type StopReason } from "./sync-run-guard";
import { type TablesProgress, newTableProgress, overallProgress } from "./table-progress";

/** What every sync step is told: the run, its job, and the instance it reads. */
export interface SyncJobInput {
  organizationId: string;
  instanceId: string;
  syncRunId: string;
  jobId: string;
  mode: "incremental" | "full";
}

export interface PlannedTable {
  /** Our name, e.g. "controls" (sn_records.table_name). */
  name: string;
  /** Read records updated at or after this (ISO), or everything when null. */
  since: string | null;
}

export interface SyncPlan {
  /** When the sync started on our clock (ISO): the high-water marks never pass it (watermark.ts). */
  startedAt: string;
  pageSize: number;
  tables: PlannedTable[];
}

export type BeginOutcome = { ok: true; plan: SyncPlan } | { ok: false; stop: StopReason };

// Big enough that a page costs far more than its request, small enough that a retried page is cheap.
export const DEFAULT_SYNC_PAGE_SIZE = 2_000;
// Inngest allows 1,000 steps per run; the rest of the run takes about 25.
const MAX_PAGE_STEPS = 800;

/** Larger pages only when the default would need more steps than a run may take. */
export function choosePageSize(totalRecords: number): number {
  return Math.min(MAX_PAGE_SIZE, Math.max(DEFAULT_SYNC_PAGE_SIZE, Math.ceil(totalRecords / MAX_PAGE_STEPS)));
}

/**
 * How many records a table will send, for the progress bar only: a count the instance fails to
 * give now (a 503, a rate limit) reads as 0 until the table's first page brings X-Total-Count, so
 * a flaky moment cannot fail the whole sync here. Wrong credentials or a refused table still do.
 */
async function countRecords(client: ServiceNowClient, table: string, since: string | null): Promise<number> {
  try {
    const probe = await client.fetchPage(table, { query: since ? updatedSince(new Date(since)) : null, fields: ["sys_id"], limit: 1 });
    return probe.totalCount ?? 0;
  } catch (error) {
    if (isServiceNowError(error) && (error.retryable || error.kind === "circuit_open")) return 0;
    throw error;
  }
}

/**
 * The sync's first step: marks the run running, fixes each table's starting point from its
 * high-water mark (none for a full sync), and asks the instance how many records each table will
 * send (one single-record request per table), so the progress bar spans the whole sync.
 */
export async function beginSync(input: SyncJobInput, requestedPageSize?: number): Promise<BeginOutcome> {
  const scope = { organizationId: input.organizationId };
  const started = await withTenant(scope, async (tx) => {
    const run = await tx.syncRun.findFirst({ where: { id: input.syncRunId }, select: { status: true, startedAt: true } });
    if (!run) return { ok: false as const, stop: "gone" as const };
    if (run.status !== "QUEUED" && run.status !== "RUNNING") return { ok: false as const, stop: "ended" as const };
    // A retried first step keeps the first start: an earlier start only makes the marks more careful.
    const startedAt = run.startedAt ?? new Date();
    await tx.syncRun.updateMany({ where: { id: input.syncRunId }, data: { status: "RUNNING", startedAt } });
    if (await cancelIfRequested(tx, input.organizationId, input.syncRunId, input.jobId)) return { ok: false as const, stop: "cancelled" as const };
    const marks = await tx.syncWatermark.findMany({ where: { instanceId: input.instanceId }, select: { tableName: true, highWaterMark: true } });
    return { ok: true as const, startedAt, marks: new Map(marks.map((m) => [m.tableName, m.highWaterMark])) };
  });
  if (!started.ok) return started;

  const tables: PlannedTable[] = syncTables.map((t) => ({
    name: t.name,
    since: input.mode === "full" ? null : (started.marks.get(t.name)?.toISOString() ?? null),
  }));
  const client = await syncClient(input);
  if (!client) return { ok: false, stop: "gone" };
  const progress: TablesProgress = {};
  for (const [i, mapping] of syncTables.entries()) {
    const since = tables[i]!.since;
    progress[mapping.name] = newTableProgress(mapping.table, await countRecords(client, mapping.table, since));
  }
  const totalRecords = Object.values(progress).reduce((sum, t) => sum + t.total, 0);
  const plan: SyncPlan = {
    startedAt: started.startedAt.toISOString(),
    pageSize: requestedPageSize ?? choosePageSize(totalRecords),
    tables,
  };

  const saved = await withTenant(scope, async (tx) => {
    const guard = await lockRunningSync(tx, input.syncRunId);
    if (!guard.ok) return guard;
    await saveTables(tx, input.syncRunId, progress);
    return { ok: true as const };
  });
  if (!saved.ok) return saved;
  const { percent, label } = overallProgress(progress);
  await reportJobProgress(input.jobId, percent, label);
  return { ok: true, plan };
}
