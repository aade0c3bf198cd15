// ServiceNow stores and returns raw datetimes as "yyyy-MM-dd HH:mm:ss" in UTC. The simulator keeps
// times as epoch milliseconds internally and converts only at the edges.

export const DAY_MS = 86_400_000;

/** Character codes of "yyyy-MM-dd" per day number: generation formats millions of datetimes. */
const dayCodes = new Map<number, number[]>();

export function formatDateTime(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const day = Math.floor(seconds / 86_400);
  let d = dayCodes.get(day);
  if (d === undefined) {
    d = [...new Date(day * DAY_MS).toISOString().slice(0, 10)].map((c) => c.charCodeAt(0));
    dayCodes.set(day, d);
  }
  const s = seconds - day * 86_400;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  // One flat string (explicit arguments, no spread): concatenation would leave cons-string trees.
  const [y1, y2, y3, y4, , mo1, mo2, , d1, d2] = d as [number, number, number, number, number, number, number, number, number, number];
  return String.fromCharCode(
    y1, y2, y3, y4, 45, mo1, mo2, 45, d1, d2, 32,
    48 + Math.floor(h / 10), 48 + (h % 10), 58, 48 + Math.floor(m / 10), 48 + (m % 10), 58, 48 + Math.floor(sec / 10), 48 + (sec % 10),
  );
}

export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Parses "yyyy-MM-dd[ HH:mm:ss]" (or ISO 8601) as UTC; undefined when it is not a date. */
export function parseDateTime(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?(?:\.\d+)?Z?$/.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isNaN(ms) ? undefined : ms;
}

function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export interface MacroContext {
  now: number;
  userSysId: string;
}

const QUOTED = String.raw`\s*['"]([^'"]*)['"]\s*`;
const NUMBER = String.raw`\s*(-?\d+)\s*`;

/**
 * Evaluates the `javascript:` values the Table API accepts in encoded queries (the doc's minimum
 * set). Input dates are read as UTC, the time zone of the simulator's integration users. Returns
 * undefined for anything else, which makes the condition invalid and therefore ignored.
 */
export function evaluateMacro(value: string, ctx: MacroContext): string | undefined {
  const body = value.replace(/^javascript:\s*/, "").replace(/;\s*$/, "").trim();
  let m = new RegExp(String.raw`^gs\.dateGenerate\(${QUOTED},${QUOTED}\)$`).exec(body);
  if (m) {
    const [, date = "", time = ""] = m;
    const clock = time === "start" ? "00:00:00" : time === "end" ? "23:59:59" : time;
    const ms = parseDateTime(`${date} ${clock}`);
    return ms === undefined ? undefined : formatDateTime(ms);
  }
  m = new RegExp(String.raw`^gs\.(daysAgoStart|daysAgoEnd|daysAgo)\(${NUMBER}\)$`).exec(body);
  if (m) {
    const day = ctx.now - Number(m[2]) * DAY_MS;
    if (m[1] === "daysAgoStart") return formatDateTime(startOfDay(day));
    if (m[1] === "daysAgoEnd") return formatDateTime(startOfDay(day) + DAY_MS - 1000);
    return formatDateTime(day);
  }
  if (/^gs\.beginningOfToday\(\s*\)$/.test(body)) return formatDateTime(startOfDay(ctx.now));
  if (/^gs\.endOfToday\(\s*\)$/.test(body)) return formatDateTime(startOfDay(ctx.now) + DAY_MS - 1000);
  if (/^gs\.nowDateTime\(\s*\)$/.test(body)) return formatDateTime(ctx.now);
  if (/^gs\.getUserID\(\s*\)$/.test(body)) return ctx.userSysId;
  return undefined;
}
