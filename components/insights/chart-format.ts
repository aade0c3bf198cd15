// Number and date formatting shared by the insight charts, their tooltips and their data tables,
// so a value reads the same wherever it is shown.

const countFormat = new Intl.NumberFormat("en-US");
// Dates are shown in UTC: the server and the browser then render the same day, whatever their zones.
const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const shortDateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

export const formatCount = (value: number) => countFormat.format(value);

const fineFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });
const coarseFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** A measured figure: small ones (AUC 0.812, a 1-5 risk level) keep 3 decimals, larger ones (scores, counts) 1. */
export const formatMeasure = (value: number) => (Math.abs(value) < 10 ? fineFormat : coarseFormat).format(value);

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

/** "1 control" / "3 controls", "2 families", "2 classes": the English rules the chart nouns need. */
export function plural(count: number, noun: string): string {
  if (count === 1) return `${formatCount(count)} ${noun}`;
  if (/[^aeiou]y$/.test(noun)) return `${formatCount(count)} ${noun.slice(0, -1)}ies`;
  return `${formatCount(count)} ${noun}${/(s|x|ch|sh)$/.test(noun) ? "es" : "s"}`;
}
