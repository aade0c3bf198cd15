import type { SyncCounts } from "./schemas";

/**
 * One table's entry in sync_runs.tables, rewritten in the same transaction as each page's records,
 * so the counts are exactly what was written. `pages` makes that exactly-once: a page step re-run
 * after its transaction committed (the process died before the step result was stored) finds its
 * page already counted and adds nothing.
 */
export interface TableProgress extends SyncCounts {
  /** The ServiceNow table. */
  table: string;
  /** X-Total-Count as last reported (0 until known). */
  total: number;
  done: boolean;
  /** Pages applied so far. */
  pages: number;
  /** Greatest sys_updated_on among the records written (ISO), for the high-water mark. */
  maxSeen: string | null;
  /** The previous page's X-Total-Count, to notice the result set shrinking while it is paged. */
  lastTotal: number | null;
  /** The result set lost records during the pass, so offsets may have skipped some (see watermark.ts). */
  shrank: boolean;
}

export type TablesProgress = Record<string, TableProgress>;

export const ZERO_COUNTS: SyncCounts = { fetched: 0, inserted: 0, updated: 0, deleted: 0, quarantined: 0 };

export function newTableProgress(table: string, total: number): TableProgress {
  return { ...ZERO_COUNTS, table, total, done: false, pages: 0, maxSeen: null, lastTotal: null, shrank: false };
}

const num = (value: unknown) => (typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0);

/** Reads the JSON column defensively: a missing or odd field reads as zero, never as a crash. */
export function readTables(json: unknown): TablesProgress {
  const out: TablesProgress = {};
  if (typeof json !== "object" || json === null || Array.isArray(json)) return out;
  for (const [name, raw] of Object.entries(json as Record<string, unknown>)) {
    if (typeof raw !== "object" || raw === null) continue;
    const t = raw as Record<string, unknown>;
    out[name] = {
      table: typeof t.table === "string" ? t.table : name,
      fetched: num(t.fetched),
      total: num(t.total),
      inserted: num(t.inserted),
      updated: num(t.updated),
      deleted: num(t.deleted),
      quarantined: num(t.quarantined),
      done: t.done === true,
      pages: num(t.pages),
      maxSeen: typeof t.maxSeen === "string" ? t.maxSeen : null,
      lastTotal: typeof t.lastTotal === "number" ? t.lastTotal : null,
      shrank: t.shrank === true,
    };
  }
  return out;
}

export function countsOf(t: SyncCounts): SyncCounts {
  return { fetched: t.fetched, inserted: t.inserted, updated: t.updated, deleted: t.deleted, quarantined: t.quarantined };
}

export function totalsOf(tables: TablesProgress): SyncCounts {
  const sum = { ...ZERO_COUNTS };
  for (const t of Object.values(tables)) {
    for (const key of Object.keys(sum) as (keyof SyncCounts)[]) sum[key] += t[key];
  }
  return sum;
}

/**
 * Overall progress: records read of all tables' totals. A finished table counts as complete even
 * when the instance's count moved while it was read, so the bar never stalls below 100 %.
 */
export function overallProgress(tables: TablesProgress): { percent: number; label: string } {
  const entries = Object.entries(tables);
  let read = 0;
  let total = 0;
  for (const [, t] of entries) {
    const size = Math.max(t.total, t.fetched);
    total += size;
    read += t.done ? size : Math.min(t.fetched, size);
  }
  const current = entries.find(([, t]) => !t.done);
  const percent = total === 0 ? (current ? 0 : 100) : Math.floor((read / total) * 100);
  const label = current
    ? `${current[0]} ${fmt(current[1].fetched)} / ${fmt(Math.max(current[1].total, current[1].fetched))}`
    : `${fmt(entries.reduce((sum, [, t]) => sum + t.fetched, 0))} records`;
  return { percent: Math.min(percent, current ? 99 : 100), label };
}

const fmt = (n: number) => n.toLocaleString("en-US");
