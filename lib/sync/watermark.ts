/**
 * The incremental-sync high-water mark, per instance and table (sync_watermarks.high_water_mark).
 *
 * Meaning: every version of a record stamped (sys_updated_on) before the mark is in our copy, so
 * the next incremental sync reads `sys_updated_on >= mark` and nothing older.
 *
 * Why it is safe with offset paging (the Table API has no snapshot or cursor):
 * - Pages are ordered by sys_id, which never changes, and the query has no upper bound, so a record
 *   updated while we page stays in the result set at the same position: no shift. We may read its
 *   old version; its new version is stamped after the sync started, and the mark never passes the
 *   sync's start minus OVERLAP_MS, so the next sync reads it.
 * - A record inserted while we page shifts later records forward: one is read twice (the upsert is
 *   idempotent and a re-read unchanged record is not counted as updated). The new record may fall
 *   before our offset and be missed; it too is stamped after the start, so the next sync reads it.
 * - A record deleted while we page shifts later records back, so one record can be skipped. We
 *   notice the X-Total-Count going down between pages and then keep the old mark, so the next sync
 *   reads the whole window again. (A delete and an insert between the same two page requests leave
 *   the count unchanged and can hide one record from this pass; a full sync repairs that, and it
 *   only deletes records the instance confirms are gone: see reconcile-deletions.ts.)
 *
 * OVERLAP_MS covers what our clock cannot see: the instance's clock running behind ours, and a
 * ServiceNow transaction that stamped sys_updated_on before our read but committed after it (a
 * REST transaction may run up to its 60 s quota). Timestamps have 1 s resolution and the query is
 * `>=`, so records stamped in the same second as the mark are read again as well. The cost is
 * re-reading the changes of the minute before a sync started; they are few, and unchanged ones are
 * not counted as updated.
 *
 * For a quiet table the mark is one second past the newest record seen, so a table that does not
 * change is not re-read at all: nothing older than the newest visible record can appear later
 * except stamped after the sync's start, which is past the mark.
 */
export const OVERLAP_MS = 60_000;

export function nextHighWaterMark(input: {
  previous: Date | null;
  /** Greatest sys_updated_on written in this pass; null when the pass read no records. */
  maxSeen: Date | null;
  /** When this sync started, on our clock. */
  syncStartedAt: Date;
  /** X-Total-Count went down between two pages of this pass. */
  shrank: boolean;
}): Date | null {
  const { previous, maxSeen, syncStartedAt, shrank } = input;
  // No evidence to move on: nothing read (so no instance timestamps to trust), or records may be skipped.
  if (shrank || maxSeen === null) return previous;
  const candidate = Math.min(maxSeen.getTime() + 1000, syncStartedAt.getTime() - OVERLAP_MS);
  // Complete below the old mark (earlier passes) and below the candidate (this pass): the later one holds.
  return new Date(Math.max(previous?.getTime() ?? Number.NEGATIVE_INFINITY, candidate));
}
