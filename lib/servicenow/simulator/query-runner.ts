// Runs a table query (filter + order) and keeps the last results, because a sync asks for the same
// query page after page: on a million rows, filtering and sorting once per page would dominate.
// Any write to the store changes its generation and so retires every cached result, which keeps
// offset paging "live" exactly as on a real instance.
import type { MacroContext } from "./datetime";
import { parseEncodedQuery } from "./encoded-query";
import { compileFieldPairs, compileFilter, sortRows } from "./query-eval";
import type { Row, Store } from "./store";

const MAX_ENTRIES = 16;

export interface QuerySpec {
  table: string;
  /** sysparm_query, "" for none. */
  query: string;
  /** name=value parameters, honoured only without sysparm_query. */
  pairs: [string, string][];
  macros: MacroContext;
}

export class QueryRunner {
  private readonly cache = new Map<string, readonly Row[]>();

  constructor(private readonly store: Store) {}

  run(spec: QuerySpec): readonly Row[] {
    const def = this.store.def(spec.table);
    if (!def) return [];
    // Relative date macros and gs.getUserID() make a result depend on the clock and the caller.
    const dynamic = spec.query.includes("javascript:") ? `${Math.floor(spec.macros.now / 1000)}|${spec.macros.userSysId}` : "";
    const key = [spec.table, this.store.generation, spec.query, JSON.stringify(spec.pairs), dynamic].join("\u0000");
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const scope = { store: this.store, def, ...spec.macros };
    const parsed = parseEncodedQuery(spec.query);
    const filter = spec.query ? compileFilter(parsed, scope) : compileFieldPairs(spec.pairs, scope);
    const rows = sortRows(this.store.rows(spec.table).filter(filter), parsed.orderBy, scope);
    this.cache.set(key, rows);
    if (this.cache.size > MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    return rows;
  }
}
