// In-memory tables. Rows are plain objects of strings (the Table API's own representation); a
// missing key reads as "". Baseline rows are never mutated: writes replace a row object, so a reset
// only copies arrays of references, even for a million rows.
import type { TableDef } from "./table-schema";

export type Row = Record<string, string>;

interface TableData {
  def: TableDef;
  /** Live rows in insertion order; deleted rows leave a hole until the next compaction. */
  slots: (Row | undefined)[];
  positions: Map<string, number>;
  holes: number;
  /** The rows without holes, as of a store generation. */
  live?: { generation: number; rows: Row[] };
  lastNumber?: number;
}

export class Store {
  private readonly tables = new Map<string, TableData>();
  /** Grows with every write or reset; results computed at one generation stay valid within it. */
  generation = 0;

  constructor(
    private readonly defs: ReadonlyMap<string, TableDef>,
    private readonly baseline: ReadonlyMap<string, readonly Row[]>,
  ) {
    this.reset();
  }

  /** Back to the dataset the store was created with. */
  reset(): void {
    this.generation++;
    for (const def of this.defs.values()) {
      if (def.childTables) continue;
      const slots = [...(this.baseline.get(def.name) ?? [])];
      this.tables.set(def.name, {
        def,
        slots,
        positions: indexPositions(slots),
        holes: 0,
      });
    }
  }

  def(table: string): TableDef | undefined {
    return this.defs.get(table);
  }

  tableNames(): string[] {
    return [...this.defs.keys()];
  }

  /** Live rows in storage order; a base table yields its child tables' rows one table after another. */
  rows(table: string): readonly Row[] {
    const def = this.defs.get(table);
    if (def?.childTables) return def.childTables.flatMap((child) => this.rows(child));
    const data = this.tables.get(table);
    if (!data) return [];
    if (data.holes === 0) return data.slots as Row[];
    if (data.live?.generation !== this.generation) {
      data.live = { generation: this.generation, rows: data.slots.filter((row): row is Row => row !== undefined) };
    }
    return data.live.rows;
  }

  count(table: string): number {
    const def = this.defs.get(table);
    if (def?.childTables) return def.childTables.reduce((sum, child) => sum + this.count(child), 0);
    const data = this.tables.get(table);
    return data ? data.slots.length - data.holes : 0;
  }

  get(table: string, sysId: string): Row | undefined {
    const def = this.defs.get(table);
    if (def?.childTables) {
      for (const child of def.childTables) {
        const row = this.get(child, sysId);
        if (row) return row;
      }
      return undefined;
    }
    const data = this.tables.get(table);
    const position = data?.positions.get(sysId);
    return position === undefined ? undefined : data?.slots[position];
  }

  insert(table: string, row: Row): void {
    const data = this.data(table);
    if (data.positions.has(row.sys_id ?? "")) throw new Error(`duplicate sys_id ${row.sys_id} in ${table}`);
    data.positions.set(row.sys_id ?? "", data.slots.length);
    data.slots.push(row);
    this.generation++;
  }

  /** Replaces the stored row that has the same sys_id. */
  replace(table: string, row: Row): void {
    const data = this.data(table);
    const position = data.positions.get(row.sys_id ?? "");
    if (position === undefined) throw new Error(`no ${table} row ${row.sys_id}`);
    data.slots[position] = row;
    this.generation++;
  }

  remove(table: string, sysId: string): boolean {
    const data = this.data(table);
    const position = data.positions.get(sysId);
    if (position === undefined) return false;
    data.slots[position] = undefined;
    data.positions.delete(sysId);
    data.holes++;
    this.generation++;
    if (data.holes > 1024 && data.holes > data.slots.length / 8) this.compact(data);
    return true;
  }

  /** The next auto-number (CTRL0010042) after the highest one in the table. */
  nextNumber(table: string): string | undefined {
    const data = this.data(table);
    const prefix = data.def.numberPrefix;
    if (!prefix) return undefined;
    if (data.lastNumber === undefined) {
      data.lastNumber = 0;
      for (const row of data.slots) {
        const n = Number((row?.number ?? "").slice(prefix.length));
        if (Number.isInteger(n) && n > data.lastNumber) data.lastNumber = n;
      }
    }
    data.lastNumber++;
    return prefix + String(data.lastNumber).padStart(7, "0");
  }

  private data(table: string): TableData {
    const data = this.tables.get(table);
    if (!data) throw new Error(`table ${table} is not writable`);
    return data;
  }

  private compact(data: TableData): void {
    data.slots = data.slots.filter((row) => row !== undefined);
    data.positions = indexPositions(data.slots);
    data.holes = 0;
  }
}

function indexPositions(slots: readonly (Row | undefined)[]): Map<string, number> {
  const positions = new Map<string, number>();
  slots.forEach((row, i) => {
    if (row?.sys_id) positions.set(row.sys_id, i);
  });
  return positions;
}

/** Every stored value is a string; a reference may also arrive as the API's own {value, link}. */
export function toStoredString(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  if (typeof raw === "object" && !Array.isArray(raw) && "value" in raw) return toStoredString(raw.value);
  return JSON.stringify(raw);
}
