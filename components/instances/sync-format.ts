import type { BadgeVariant } from "@/components/ui/badge";
import type { SyncRunView, SyncStatus, SyncTableView } from "@/lib/sync/schemas";

/** Runs per page of the sync history (server-rendered first page and the client's later ones). */
export const SYNC_HISTORY_PAGE_SIZE = 10;

export const syncStatusLabel: Record<SyncStatus, string> = {
  queued: "Queued",
  running: "Running",
  succeeded: "Succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
};

export const syncStatusBadge: Record<SyncStatus, BadgeVariant> = {
  queued: "secondary",
  running: "default",
  succeeded: "success",
  failed: "destructive",
  cancelled: "warning",
};

export const syncModeLabel: Record<SyncRunView["mode"], string> = { incremental: "Incremental", full: "Full" };

export const isActiveSync = (run: Pick<SyncRunView, "status">) => run.status === "queued" || run.status === "running";

export const formatCount = (n: number) => n.toLocaleString("en-US");

export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1_000) return `${ms} ms`;
  const seconds = Math.round(ms / 1_000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** "controls 4,000 / 10,000": the table being read, or the total once all are done. */
export function currentTableLabel(run: SyncRunView): string {
  if (run.status === "queued") return "Waiting for a worker";
  const current = run.tables.find((t) => !t.done);
  if (!current) return run.tables.length ? `${formatCount(run.totals.fetched)} records read` : "Counting records";
  return `${current.name} ${formatCount(current.fetched)} / ${formatCount(Math.max(current.total, current.fetched))}`;
}

export const tablePercent = (t: SyncTableView) => (t.done ? 100 : t.total === 0 ? 0 : Math.min(100, (t.fetched / t.total) * 100));
