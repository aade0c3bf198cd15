// Shapes a stored row the way the Table API returns it (doc §4): every value a string, references
// as {link, value} unless links are excluded, display values per sysparm_display_value.
import { displayOf, resolveFieldPath, type FieldPath } from "./field-path";
import type { Row, Store } from "./store";
import type { TableDef } from "./table-schema";

export type DisplayMode = "false" | "true" | "all";

export interface ShapeOptions {
  store: Store;
  def: TableDef;
  /** Instance URL used in reference links, e.g. http://127.0.0.1:8710. */
  baseUrl: string;
  /** sysparm_fields; unknown names are skipped, dot-walked names become flat keys ("owner.name"). */
  fields?: string;
  displayValue: DisplayMode;
  excludeReferenceLink: boolean;
}

export type ShapedRecord = Record<string, unknown>;

export function parseDisplayMode(value: string | null): DisplayMode {
  return value === "true" || value === "all" ? value : "false";
}

export function makeSerializer(options: ShapeOptions): (row: Row) => ShapedRecord {
  const { store, def, baseUrl, displayValue, excludeReferenceLink } = options;
  const names = options.fields
    ? options.fields.split(",").map((name) => name.trim()).filter(Boolean)
    : Object.keys(def.fields);
  const columns: { key: string; path: FieldPath }[] = [];
  for (const name of new Set(names)) {
    const path = resolveFieldPath(store, def, name);
    if (path) columns.push({ key: name, path });
  }
  const shape = (path: FieldPath, row: Row): unknown => {
    const value = path.get(row);
    const ref = path.field.type === "reference" ? path.field.ref : undefined;
    const link = ref && value !== "" && !excludeReferenceLink ? `${baseUrl}/api/now/table/${ref}/${value}` : undefined;
    if (displayValue === "all") {
      const both = { display_value: displayOf(store, path, row), value };
      return link ? { ...both, link } : both;
    }
    if (displayValue === "true") {
      const display = displayOf(store, path, row);
      return link ? { display_value: display, link } : display;
    }
    return link ? { link, value } : value;
  };
  return (row) => {
    const record: ShapedRecord = {};
    for (const { key, path } of columns) record[key] = shape(path, row);
    return record;
  };
}
