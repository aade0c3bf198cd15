import { CircleCheck } from "lucide-react";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { SyncRunView } from "@/lib/sync/schemas";
import { currentTableLabel, formatCount, syncModeLabel, tablePercent } from "./sync-format";

/** The running sync: one bar for the whole sync, and one line per table with its own bar. */
export function SyncProgress({ run }: { run: SyncRunView }) {
  return (
    <div className="grid gap-4 rounded-lg border p-4" aria-live="polite">
      <ProgressBar value={run.progress} label={`${syncModeLabel[run.mode]} sync: ${currentTableLabel(run)}`} />
      {run.tables.length > 0 ? (
        <ul className="grid gap-x-6 gap-y-2 text-xs sm:grid-cols-2 lg:grid-cols-3" aria-label="Progress per table">
          {run.tables.map((t) => (
            <li key={t.name} className="grid gap-1">
              <div className="flex items-baseline justify-between gap-2">
                <span className="inline-flex items-center gap-1 truncate font-medium" title={t.table}>
                  {t.done ? <CircleCheck aria-label="done" className="size-3.5 shrink-0 text-success" /> : null}
                  {t.name}
                </span>
                <span className="text-muted-foreground tabular-nums">
                  {formatCount(t.fetched)} / {formatCount(Math.max(t.total, t.fetched))}
                </span>
              </div>
              <div aria-hidden className="h-1 overflow-hidden rounded-full bg-muted">
                <div
                  className={t.done ? "h-full rounded-full bg-success" : "h-full rounded-full bg-primary transition-[width] duration-500"}
                  style={{ width: `${tablePercent(t)}%` }}
                />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
