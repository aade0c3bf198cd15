import { Badge } from "@/components/ui/badge";
import type { SyncRunView } from "@/lib/sync/schemas";
import { formatDateTime } from "./format";
import { formatCount, formatDuration, syncModeLabel, syncStatusBadge, syncStatusLabel } from "./sync-format";

const COUNTS = ["inserted", "updated", "deleted", "quarantined"] as const;

function PerTable({ run }: { run: SyncRunView }) {
  if (run.tables.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <details className="group">
      <summary className="cursor-pointer text-xs text-muted-foreground select-none hover:text-foreground">
        {run.tables.length} tables
      </summary>
      <table className="mt-2 w-full min-w-96 text-xs">
        <caption className="sr-only">Counts per table</caption>
        <thead className="text-muted-foreground">
          <tr>
            <th scope="col" className="py-1 pr-3 text-left font-medium">Table</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Read</th>
            {COUNTS.map((c) => (
              <th key={c} scope="col" className="py-1 pr-3 text-right font-medium capitalize">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {run.tables.map((t) => (
            <tr key={t.name} className="border-t">
              <th scope="row" className="py-1 pr-3 text-left font-normal" title={t.table}>{t.name}</th>
              <td className="py-1 pr-3 text-right tabular-nums">{formatCount(t.fetched)}</td>
              {COUNTS.map((c) => (
                <td key={c} className="py-1 pr-3 text-right tabular-nums">{formatCount(t[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Past and current syncs, newest first: when, how long, what mode, what came of it, and the counts. */
export function SyncHistoryTable({ runs }: { runs: readonly SyncRunView[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border">
      <table className="w-full text-sm">
        <caption className="sr-only">Sync history, newest first</caption>
        <thead className="bg-muted/50 text-xs text-muted-foreground">
          <tr className="border-b">
            <th scope="col" className="h-9 px-3 text-left font-medium">Started</th>
            <th scope="col" className="h-9 px-3 text-left font-medium">Ended</th>
            <th scope="col" className="h-9 px-3 text-right font-medium">Duration</th>
            <th scope="col" className="h-9 px-3 text-left font-medium">Mode</th>
            <th scope="col" className="h-9 px-3 text-left font-medium">Status</th>
            {COUNTS.map((c) => (
              <th key={c} scope="col" className="h-9 px-3 text-right font-medium capitalize">{c}</th>
            ))}
            <th scope="col" className="h-9 px-3 text-left font-medium">Details</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} className="border-b align-top last:border-b-0">
              <td className="px-3 py-2 whitespace-nowrap" suppressHydrationWarning>
                <time dateTime={run.startedAt ?? run.createdAt}>{formatDateTime(run.startedAt ?? run.createdAt)}</time>
              </td>
              <td className="px-3 py-2 whitespace-nowrap" suppressHydrationWarning>
                {run.finishedAt ? <time dateTime={run.finishedAt}>{formatDateTime(run.finishedAt)}</time> : "—"}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{formatDuration(run.durationMs)}</td>
              <td className="px-3 py-2">{syncModeLabel[run.mode]}</td>
              <td className="max-w-xs px-3 py-2">
                <Badge variant={syncStatusBadge[run.status]}>{syncStatusLabel[run.status]}</Badge>
                {run.error ? <p className="mt-1 text-xs break-words text-destructive">{run.error}</p> : null}
              </td>
              {COUNTS.map((c) => (
                <td key={c} className="px-3 py-2 text-right tabular-nums">{formatCount(run.totals[c])}</td>
              ))}
              <td className="px-3 py-2">
                <PerTable run={run} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
