/**
 * Builders for the encoded queries the sync sends. ServiceNow silently drops any part it cannot
 * parse (an unknown field, a bad operator) and applies the rest, so a typo does not fail: it
 * widens the result. Queries are therefore only built here, from validated field names and
 * values we format ourselves, never by concatenating caller text.
 */
export type EncodedQuery = string & { readonly __brand: "EncodedQuery" };

const FIELD = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$/;

/** Validates a field name (dot-walks allowed) so it cannot smuggle in another condition. */
export function field(name: string): string {
  if (!FIELD.test(name)) throw new TypeError(`Not a ServiceNow field name: ${JSON.stringify(name)}`);
  return name;
}

/** A UTC instant as a raw glide_date_time value, "yyyy-MM-dd HH:mm:ss" (sub-seconds dropped). */
export function formatGlideDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new TypeError("Invalid date");
  return date.toISOString().slice(0, 19).replace("T", " ");
}

/**
 * Records updated at or after `since`. A plain literal is compared with the stored UTC value,
 * whereas `javascript:gs.dateGenerate(...)` may read its input in the integration user's time
 * zone (servicenow-table-api.md §3), so the literal is the unambiguous choice. Truncating to the
 * second can only re-read a record, never miss one.
 *
 * There is deliberately no upper bound: with one, a record updated while we page would leave the
 * result set and shift every later record back one offset, skipping one. Without it, records
 * only join the set, which at worst repeats one.
 */
export function updatedSince(since: Date): EncodedQuery {
  return `sys_updated_on>=${formatGlideDateTime(since)}` as EncodedQuery;
}

export function orderBy(name: string): EncodedQuery {
  return `ORDERBY${field(name)}` as EncodedQuery;
}

/** Joins conditions with AND (`^`), skipping absent ones. */
export function and(...parts: (EncodedQuery | null | undefined)[]): EncodedQuery {
  return parts.filter((part): part is EncodedQuery => !!part).join("^") as EncodedQuery;
}

/**
 * Appends `ORDERBYsys_id` after the caller's query and sort: without a total order, offset pages
 * may repeat or skip rows. sys_id is unique, so it breaks every tie.
 */
export function withStableOrder(query: EncodedQuery | null | undefined): EncodedQuery {
  const clauses = query ? query.split("^") : [];
  if (clauses.includes("ORDERBYsys_id")) return query as EncodedQuery;
  return and(query, orderBy("sys_id"));
}
