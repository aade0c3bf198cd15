// Turns a parsed encoded query into a row filter and an ordering for one table. Conditions on
// unknown columns, unknown operators or unreadable javascript: values are dropped, as a real
// instance does (doc §2): only the valid remainder of the query is applied.
import { evaluateMacro, type MacroContext } from "./datetime";
import type { Condition, OrderBy, ParsedQuery } from "./encoded-query";
import { displayOf, resolveFieldPath, type FieldPath } from "./field-path";
import type { Row, Store } from "./store";
import { isNumericType, type TableDef } from "./table-schema";

export interface QueryScope extends MacroContext {
  store: Store;
  def: TableDef;
}

type Predicate = (row: Row) => boolean;

export function compileFilter(query: ParsedQuery, scope: QueryScope): Predicate {
  const blocks: Predicate[] = [];
  for (const block of query.blocks) {
    const groups: Predicate[] = [];
    for (const group of block) {
      const alternatives = group.map((c) => compileCondition(c, scope)).filter((p): p is Predicate => !!p);
      if (alternatives.length > 0) groups.push((row) => alternatives.some((p) => p(row)));
    }
    if (groups.length > 0) blocks.push((row) => groups.every((p) => p(row)));
  }
  if (blocks.length === 0) return () => true;
  return (row) => blocks.some((p) => p(row));
}

/** `name=value` request parameters (used instead of sysparm_query): raw values or display values. */
export function compileFieldPairs(pairs: [string, string][], scope: QueryScope): Predicate {
  const checks: Predicate[] = [];
  for (const [name, value] of pairs) {
    const path = resolveFieldPath(scope.store, scope.def, name);
    if (!path) continue;
    checks.push((row) => path.get(row) === value || displayOf(scope.store, path, row) === value);
  }
  return (row) => checks.every((p) => p(row));
}

function compileCondition(condition: Condition, scope: QueryScope): Predicate | undefined {
  const path = resolveFieldPath(scope.store, scope.def, condition.field);
  if (!path || condition.operator === "UNSUPPORTED") return undefined;
  const { get } = path;
  const numeric = isNumericType(path.field.type);
  const single = (): string | undefined => literal(condition.value, scope);
  switch (condition.operator) {
    case "=":
    case "!=": {
      const value = single();
      if (value === undefined) return undefined;
      const equal = (row: Row) => sameValue(get(row), value, numeric);
      return condition.operator === "=" ? equal : (row) => !equal(row);
    }
    case "<":
    case "<=":
    case ">":
    case ">=": {
      const value = single();
      if (value === undefined) return undefined;
      const test = ORDER_TESTS[condition.operator];
      return (row) => {
        const actual = get(row);
        return actual !== "" && test(compareValues(actual, value, numeric));
      };
    }
    case "LIKE":
      return (row) => get(row).includes(condition.value);
    case "NOT LIKE":
      return (row) => !get(row).includes(condition.value);
    case "STARTSWITH":
      return (row) => get(row).startsWith(condition.value);
    case "ENDSWITH":
      return (row) => get(row).endsWith(condition.value);
    case "IN":
    case "NOT IN": {
      const values = new Set(condition.value.split(","));
      return condition.operator === "IN" ? (row) => values.has(get(row)) : (row) => !values.has(get(row));
    }
    case "ISEMPTY":
    case "EMPTYSTRING":
      return (row) => get(row) === "";
    case "ISNOTEMPTY":
      return (row) => get(row) !== "";
    case "ANYTHING":
      return () => true;
    case "BETWEEN":
      return range(condition.value.split("@"), path, scope, numeric);
    case "ON":
    case "NOTON": {
      // fieldONLabel@<start>@<end>: the label is for the UI; the two javascript values bound the range.
      const within = range(condition.value.split("@").slice(1), path, scope, numeric);
      return within && (condition.operator === "ON" ? within : (row) => !within(row));
    }
    case "SAMEAS":
    case "NSAMEAS": {
      const other = resolveFieldPath(scope.store, scope.def, condition.value);
      if (!other) return undefined;
      const same = (row: Row) => get(row) === other.get(row);
      return condition.operator === "SAMEAS" ? same : (row) => !same(row);
    }
  }
}

const ORDER_TESTS = {
  "<": (c: number) => c < 0,
  "<=": (c: number) => c <= 0,
  ">": (c: number) => c > 0,
  ">=": (c: number) => c >= 0,
};

/** Inclusive range between two literals (BETWEEN lo@hi, ON label@start@end). */
function range(bounds: string[], path: FieldPath, scope: QueryScope, numeric: boolean) {
  if (bounds.length !== 2) return undefined;
  const low = literal(bounds[0] as string, scope);
  const high = literal(bounds[1] as string, scope);
  if (low === undefined || high === undefined) return undefined;
  return (row: Row) => {
    const actual = path.get(row);
    if (actual === "") return false;
    return compareValues(actual, low, numeric) >= 0 && compareValues(actual, high, numeric) <= 0;
  };
}

/** A condition's value, with `javascript:` macros evaluated; undefined when unreadable. */
function literal(value: string, scope: QueryScope): string | undefined {
  return value.startsWith("javascript:") ? evaluateMacro(value, scope) : value;
}

function sameValue(actual: string, expected: string, numeric: boolean): boolean {
  if (numeric && actual !== "" && expected !== "") return Number(actual) === Number(expected);
  return actual === expected;
}

/** Numbers compare numerically; everything else (including UTC datetimes) by code point. */
function compareValues(a: string, b: string, numeric: boolean): number {
  if (numeric) {
    const x = a === "" ? -Infinity : Number(a);
    const y = b === "" ? -Infinity : Number(b);
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts by the ORDERBY columns (unknown ones ignored), empty values first when ascending. Rows that
 * tie on every column are ordered by sys_id, so each page of a sorted query is reproducible.
 */
export function sortRows(rows: readonly Row[], orderBy: OrderBy[], scope: QueryScope): readonly Row[] {
  const keys: { values: string[]; numeric: boolean; sign: number }[] = [];
  for (const order of orderBy) {
    const path = resolveFieldPath(scope.store, scope.def, order.field);
    if (!path) continue;
    keys.push({ values: rows.map(path.get), numeric: isNumericType(path.field.type), sign: order.descending ? -1 : 1 });
  }
  if (keys.length === 0) return rows;
  const indexes = rows.map((_, i) => i);
  indexes.sort((i, j) => {
    for (const key of keys) {
      const c = compareValues(key.values[i] as string, key.values[j] as string, key.numeric);
      if (c !== 0) return c * key.sign;
    }
    return compareValues((rows[i] as Row).sys_id ?? "", (rows[j] as Row).sys_id ?? "", false);
  });
  return indexes.map((i) => rows[i] as Row);
}
