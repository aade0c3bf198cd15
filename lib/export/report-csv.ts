import type { CsvValue } from "@/lib/export/csv";
import { toCsv } from "@/lib/export/csv";
import type { Report, ReportColumn, ReportTable } from "@/lib/analysis/report/types";

/**
 * All of a report's tables as one CSV (RFC 4180, UTF-8 with BOM, formula starts neutralised:
 * see csv.ts).
 *
 * Convention:
 * - One table: the plain table, its column headers as the header row.
 * - Several tables (or none): a leading "section" column holding the table's id (the same name as
 *   its Excel sheet), then the union of all tables' columns in first-seen order. Columns are
 *   matched by header text, so two tables with a "Control" column share it; a row leaves the
 *   columns of other tables empty. Filtering on "section" gives back each table.
 * - A header repeated within one table gets a column of its own each time.
 * - A percent column holds 0-100 as in the Report (73.1 means 73.1 %); its header says "(%)" so
 *   nobody reads 73.1 as a fraction.
 * - Dates are ISO 8601 in UTC, booleans true/false, empty cells empty.
 */

export const SECTION_COLUMN = "section";

function reportTables(report: Report): ReportTable[] {
  return report.sections.flatMap((section) => section.blocks.filter((block): block is ReportTable => block.kind === "table"));
}

function columnHeader(column: ReportColumn): string {
  return column.type === "percent" && !column.header.includes("%") ? `${column.header} (%)` : column.header;
}

interface CsvLayout {
  header: string[];
  /** Per table, the header position of each of its columns. */
  positions: number[][];
  sectionColumn: boolean;
}

function csvLayout(report: Report): CsvLayout {
  const tables = reportTables(report);
  const sectionColumn = tables.length !== 1;
  const header = sectionColumn ? [SECTION_COLUMN] : [];
  const indexOf = new Map<string, number>();
  const positions = tables.map((table) => {
    // Within one table two columns may share a header; they must not share a CSV column.
    const used = new Set<number>();
    return table.columns.map((column) => {
      const name = columnHeader(column);
      let index = indexOf.get(name);
      if (index === undefined || used.has(index)) {
        index = header.push(name) - 1;
        indexOf.set(name, index);
      }
      used.add(index);
      return index;
    });
  });
  return { header, positions, sectionColumn };
}

/** The CSV's header row, as renderReportCsv writes it. */
export function reportCsvHeader(report: Report): string[] {
  return csvLayout(report).header;
}

function* csvRows(report: Report, layout: CsvLayout): Generator<CsvValue[]> {
  const width = layout.header.length;
  const tables = reportTables(report);
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t] as ReportTable;
    const positions = layout.positions[t] as number[];
    for (const record of table.rows) {
      const cells: CsvValue[] = new Array<CsvValue>(width).fill(null);
      if (layout.sectionColumn) cells[0] = table.id;
      for (let c = 0; c < table.columns.length; c++) {
        const value = record[(table.columns[c] as ReportColumn).key];
        cells[positions[c] as number] = typeof value === "number" && !Number.isFinite(value) ? null : value;
      }
      yield cells;
    }
  }
}

/** The whole CSV document, BOM first. */
export function renderReportCsv(report: Report): string {
  const layout = csvLayout(report);
  return toCsv(layout.header, csvRows(report, layout));
}
