// Number and date formatting shared by the insight charts, their tooltips and their data tables,
// so a value reads the same wherever it is shown.

const countFormat = new Intl.NumberFormat("en-US");
// Dates are shown in UTC: the server and the browser then render the same day, whatever their zones.
const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const shortDateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

export const formatCount = (value: number) => countFormat.format(value);

/** A 0-100 percentage, or "—" when there is no value. */
export function formatPercent(value: number | null, fractionDigits = 0): string {
  return value === null ? "—" : `${value.toFixed(fractionDigits)}%`;
}

/** A 0-1 probability shown as a percentage. */
export const formatProbability = (value: number | null, fractionDigits = 0) =>
  formatPercent(value === null ? null : value * 100, fractionDigits);

export function formatDecimal(value: number | null, fractionDigits = 3): string {
  return value === null ? "—" : value.toFixed(fractionDigits);
}

export const formatDate = (iso: string) => dateFormat.format(new Date(iso));
export const formatShortDate = (iso: string) => shortDateFormat.format(new Date(iso));

/** "1 control" / "3 controls", "1 family" / "2 families". */
export function plural(count: number, noun: string): string {
  if (count === 1) return `${formatCount(count)} ${noun}`;
  return `${formatCount(count)} ${/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}
