import type { CellValue, ReportColumn } from "@/lib/analysis/report/types";

// Fixed locale and UTC, so the same report renders the same text on any server.
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const QUANTITY = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const EMPTY_CELL = "—";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "4 Mar 2026, 05:06 UTC": for the cover and the footer, where a person reads it. */
export function formatTimestamp(date: Date): string {
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return `${day}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** "2026-03-04", or "2026-03-04 05:06" when the time of day is not midnight UTC. */
export function formatTableDate(date: Date): string {
  const day = date.toISOString().slice(0, 10);
  const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
  return minutes === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/**
 * The text of one table cell. A percent column holds 0-100 (the Report's convention), so 73.14
 * prints as "73.1%". The value's own type wins over the column's, so a note in a number column
 * still prints as text.
 */
export function formatCell(value: CellValue, type: ReportColumn["type"]): string {
  if (value === null) return EMPTY_CELL;
  if (value instanceof Date) return formatTableDate(value);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return EMPTY_CELL;
    return type === "percent" ? `${PERCENT.format(value)}%` : NUMBER.format(value);
  }
  return value;
}

/** Numbers line up on the right so their digits compare at a glance. */
export function isRightAligned(type: ReportColumn["type"]): boolean {
  return type === "number" || type === "percent";
}

/** A chart value with its unit: "73.1%" or "20%" for percent, "12 days" for other units. */
export function formatQuantity(value: number, unit: string | undefined): string {
  if (unit === "%") return `${QUANTITY.format(value)}%`;
  return unit ? `${NUMBER.format(value)} ${unit}` : NUMBER.format(value);
}

const HOUR = 3_600_000;

/** "3 hours", "2 days": how old the synced data was when the report was made. */
export function describeAge(ms: number): string {
  if (ms < HOUR) return "less than an hour";
  if (ms < 48 * HOUR) {
    const hours = Math.floor(ms / HOUR);
    return hours === 1 ? "1 hour" : `${hours} hours`;
  }
  return `${Math.floor(ms / (24 * HOUR))} days`;
}

/** Paragraphs are separated by a blank line in the report's prose. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

const LONG_WORD = 24;

/**
 * For react-pdf's hyphenationCallback: record numbers and names read badly split as
 * "CTRL00-00012", so words stay whole; only a word too long for any cell (a URL, a sys_id)
 * may break, every 12 characters.
 */
export function keepWordsWhole(word: string): string[] {
  if (word.length <= LONG_WORD) return [word];
  const parts: string[] = [];
  for (let i = 0; i < word.length; i += 12) parts.push(word.slice(i, i + 12));
  return parts;
}
