/**
 * CSV for downloads (RFC 4180): CRLF line ends, fields quoted when needed with quotes doubled,
 * UTF-8 with a byte-order mark so Excel detects the encoding. Cells that a spreadsheet would run
 * as a formula are neutralised, because exported data (names, labels, user agents) is user input.
 */

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
export const CSV_BOM = "\uFEFF";
const CRLF = "\r\n";

export type CsvValue = string | number | boolean | bigint | Date | null | undefined;

// OWASP's list: = + - @ start a formula, and a leading tab or CR can hide one from the eye.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes a cell that a spreadsheet would evaluate with a single quote, so `=HYPERLINK(...)`
 * arrives as text. Numbers are left alone: a negative amount is data, not a formula.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: stringified, neutralised, and quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutralizeFormula(value instanceof Date ? value.toISOString() : value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, terminated by CRLF. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",") + CRLF;
}

/** A whole (small) document: BOM, header, rows. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let text = CSV_BOM + csvRow(header);
  for (const row of rows) text += csvRow(row);
  return text;
}

/**
 * A streamed document for large exports: the header goes out first, then each batch of rows as it
 * is produced (e.g. one database page per pull), so memory stays flat however long the file is.
 * Cancelling the stream (the client went away) stops the producer.
 */
export function csvStream(header: readonly string[], batches: AsyncIterable<readonly (readonly CsvValue[])[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: AsyncIterator<readonly (readonly CsvValue[])[]> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(header)));
    },
    async pull(controller) {
      iterator ??= batches[Symbol.asyncIterator]();
      // A pull that enqueues nothing is not called again, so skip empty batches here.
      for (;;) {
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        if (next.value.length > 0) {
          controller.enqueue(encoder.encode(next.value.map(csvRow).join("")));
          return;
        }
      }
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
}

/** A file name safe in a Content-Disposition header on every platform. */
export function csvFileName(...parts: string[]): string {
  const base = parts
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return `${base || "export"}.csv`;
}

/** Headers of a CSV download response. */
export function csvDownloadHeaders(fileName: string): Record<string, string> {
  return {
    "content-type": CSV_CONTENT_TYPE,
    "content-disposition": `attachment; filename="${fileName}"`,
    "x-content-type-options": "nosniff",
  };
}
