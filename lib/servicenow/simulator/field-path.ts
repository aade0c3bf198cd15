// Resolves a column name, possibly dot-walked through references ("owner.user_name"), into a getter.
// Used by queries, ordering and sysparm_fields alike, so all three accept the same paths.
import type { Row, Store } from "./store";
import type { FieldDef, TableDef } from "./table-schema";

export interface FieldPath {
  /** The definition of the last column in the path. */
  field: FieldDef;
  get(row: Row): string;
  /** The referenced row, when the last column is a reference. */
  target(row: Row): Row | undefined;
}

export function resolveFieldPath(store: Store, def: TableDef, path: string): FieldPath | undefined {
  const names = path.split(".");
  const steps: { name: string; field: FieldDef }[] = [];
  let current: TableDef | undefined = def;
  for (const [i, name] of names.entries()) {
    const field: FieldDef | undefined = current?.fields[name];
    if (!field) return undefined;
    steps.push({ name, field });
    if (i < names.length - 1) {
      if (field.type !== "reference" || !field.ref) return undefined;
      current = store.def(field.ref);
    }
  }
  const last = steps[steps.length - 1] as { name: string; field: FieldDef };
  const walk = (row: Row): Row | undefined => {
    let at: Row | undefined = row;
    for (const step of steps.slice(0, -1)) {
      at = at && step.field.ref ? store.get(step.field.ref, at[step.name] ?? "") : undefined;
    }
    return at;
  };
  const simple = steps.length === 1;
  const get = simple ? (row: Row) => row[last.name] ?? "" : (row: Row) => walk(row)?.[last.name] ?? "";
  return {
    field: last.field,
    get,
    target: (row) => {
      const value = get(row);
      return value && last.field.ref ? store.get(last.field.ref, value) : undefined;
    },
  };
}

/** The display value of a column: a choice's label, a referenced record's display field. */
export function displayOf(store: Store, path: FieldPath, row: Row): string {
  const value = path.get(row);
  if (value === "") return "";
  if (path.field.type === "choice") return path.field.choices?.[value] ?? value;
  if (path.field.type === "reference") {
    const target = path.target(row);
    const targetDef = path.field.ref ? store.def(path.field.ref) : undefined;
    return target && targetDef ? (target[targetDef.displayField] ?? "") : "";
  }
  return value;
}
