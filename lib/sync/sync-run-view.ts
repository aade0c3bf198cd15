import { syncTables } from "@/lib/servicenow/mapping/registry";
import type { SyncRunView, SyncStatus, SyncTableView } from "./schemas";
import { countsOf, overallProgress, readTables, totalsOf } from "./table-progress";

export const syncRunSelect = {
  id: true,
  jobRunId: true,
  mode: true,
  status: true,
  tables: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

export interface SyncRunRow {
  id: string;
  jobRunId: string | null;
  mode: "INCREMENTAL" | "FULL";
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
  tables: unknown;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

// Tables in the order the sync reads them; a table missing from an old run's JSON is left out.
const ORDER = new Map<string, number>(syncTables.map((t, i) => [t.name, i]));

export function toSyncRunView(row: SyncRunRow): SyncRunView {
  const tables = readTables(row.tables);
  const list: SyncTableView[] = Object.entries(tables)
    .sort(([a], [b]) => (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999))
    .map(([name, t]) => ({ name, table: t.table, total: t.total, done: t.done, ...countsOf(t) }));
  const finished = row.status === "SUCCEEDED";
  return {
    id: row.id,
    jobId: row.jobRunId,
    mode: row.mode === "FULL" ? "full" : "incremental",
    status: row.status.toLowerCase() as SyncStatus,
    progress: finished ? 100 : overallProgress(tables).percent,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    durationMs: row.startedAt && row.finishedAt ? Math.max(0, row.finishedAt.getTime() - row.startedAt.getTime()) : null,
    error: row.error,
    totals: totalsOf(tables),
    tables: list,
  };
}
