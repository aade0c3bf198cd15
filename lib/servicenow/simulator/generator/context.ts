// Shared state of one generation run: the output tables, sys_ids, numbering and the time window.
import { DAY_MS, formatDateTime } from "../datetime";
import { Rng } from "../prng";
import type { Row } from "../store";

export const MONTH_MS = 30.4375 * DAY_MS;
export const YEAR_MS = 365.25 * DAY_MS;

export interface Stamp {
  created: number;
  /** Defaults to `created`. */
  updated?: number;
  /** user_name in sys_created_by / sys_updated_by; defaults to "admin". */
  by?: string;
}

export class GenContext {
  readonly tables = new Map<string, Row[]>();
  /** First moment of the history window. */
  readonly start: number;
  /** One stream for every sys_id, so ids never repeat across sections. */
  private readonly ids: Rng;
  private readonly numbers = new Map<string, number>();

  constructor(
    readonly seed: number,
    /** The dataset's "now": nothing is dated after it. */
    readonly asOf: number,
    historyMonths: number,
  ) {
    this.start = asOf - historyMonths * MONTH_MS;
    this.ids = new Rng(seed, "sys_id");
  }

  /** An independent random stream per section: changing one section's counts leaves the others alone. */
  rng(label: string): Rng {
    return new Rng(this.seed, label);
  }

  /**
   * Stamps the system columns onto `row` (named stores after a literal: spreading a system-columns
   * object into each literal was two orders of magnitude slower in V8) and appends it to the table.
   * Nothing is dated after `asOf`.
   */
  add(table: string, row: Row, stamp: Stamp): Row {
    const created = Math.min(stamp.created, this.asOf);
    const updated = Math.min(Math.max(stamp.updated ?? created, created), this.asOf);
    const createdOn = formatDateTime(created);
    row.sys_id ??= this.ids.sysId();
    row.sys_created_on = createdOn;
    row.sys_created_by = stamp.by ?? "admin";
    row.sys_updated_on = updated === created ? createdOn : formatDateTime(updated);
    row.sys_updated_by = stamp.by ?? "admin";
    row.sys_mod_count = "0";
    row.sys_class_name = table;
    let rows = this.tables.get(table);
    if (!rows) this.tables.set(table, (rows = []));
    rows.push(row);
    return row;
  }

  rows(table: string): Row[] {
    return this.tables.get(table) ?? [];
  }

  /** Platform numbering, e.g. CTRL0010001 (the demo data's own numbers start at 10001). */
  number(prefix: string): string {
    const next = (this.numbers.get(prefix) ?? 10_000) + 1;
    this.numbers.set(prefix, next);
    return prefix + String(next).padStart(7, "0");
  }
}
