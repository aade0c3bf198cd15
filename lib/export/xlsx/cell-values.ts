import { neutralizeFormula } from "@/lib/export/csv";
import type { CellValue, ReportColumn } from "@/lib/analysis/report/types";

export type ExcelValue = string | number | boolean | Date | null;

/** Excel keeps at most this many characters in a cell; longer text makes it repair the file. */
export const MAX_CELL_TEXT = 32_767;

export const NUMBER_FORMATS = {
  percent: "0.0%",
  date: "yyyy-mm-dd",
  dateTime: "yyyy-mm-dd hh:mm",
} as const;

/** Text with formula starts neutralised (as in the CSV export) and cut to Excel's cell limit. */
export function excelText(text: string): string {
  return neutralizeFormula(text).slice(0, MAX_CELL_TEXT);
}

/**
 * The typed value Excel stores for a report cell. A percent column holds 0-100 in the Report
 * (73.1 means 73.1 %), while Excel's % format multiplies by 100, so the cell stores 0.731.
 * The value's own type wins over the column's: a note in a number column stays text.
 */
export function excelValue(value: CellValue, type: ReportColumn["type"]): ExcelValue {
  if (value === null) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    // toPrecision drops the binary noise of the division (84.4 / 100 = 0.8440000000000001).
    return type === "percent" ? Number((value / 100).toPrecision(15)) : value;
  }
  if (typeof value === "string") return excelText(value);
  return value;
}

/** A date column shows the time of day only when some value in it has one (UTC). */
export function dateFormat(rows: readonly Record<string, CellValue>[], key: string): string {
  for (const row of rows) {
    const value = row[key];
    if (value instanceof Date && value.getTime() % 86_400_000 !== 0) return NUMBER_FORMATS.dateTime;
  }
  return NUMBER_FORMATS.date;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A key figure ("71.4", "1,500", "76.8%") is display text; only a bare number becomes a number. */
export function keyFigureValue(text: string): ExcelValue {
  return PLAIN_NUMBER.test(text) ? Number(text) : excelText(text);
}
