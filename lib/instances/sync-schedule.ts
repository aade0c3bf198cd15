import { CronExpressionParser } from "cron-parser";

/** How often an instance syncs, as the API and forms speak of it. */
export type SyncScheduleValue =
  | { type: "manual" }
  | { type: "hourly" }
  | { type: "daily" }
  | { type: "cron"; expression: string };

/** The database columns (`sync_schedule`, `sync_cron`). */
export type SyncScheduleColumn = "MANUAL" | "HOURLY" | "DAILY" | "CRON";

// Hourly and daily are cron expressions too, so every schedule is computed one way: on the hour,
// and at midnight in the organization's time zone.
const PRESETS = { hourly: "0 * * * *", daily: "0 0 * * *" } as const;

/** A sync more often than this would spend the instance's API quota on little new data. */
export const MIN_CRON_INTERVAL_MINUTES = 15;
const FIVE_FIELDS = /^\S+(\s+\S+){4}$/;

/** Why a cron expression is refused, or null when it is usable. */
export function cronExpressionProblem(expression: string): string | null {
  const text = expression.trim();
  if (!FIVE_FIELDS.test(text)) return "Use five fields: minute hour day-of-month month day-of-week (e.g. 0 6 * * 1-5)";
  let times: number[];
  try {
    const cron = CronExpressionParser.parse(text, { currentDate: new Date(Date.UTC(2030, 0, 1)), tz: "UTC" });
    times = Array.from({ length: 24 }, () => cron.next().getTime());
  } catch (error) {
    return `Not a valid cron expression: ${(error as Error).message}`;
  }
  const shortest = Math.min(...times.slice(1).map((time, i) => time - times[i]!));
  if (shortest < MIN_CRON_INTERVAL_MINUTES * 60_000) {
    return `Syncs must be at least ${MIN_CRON_INTERVAL_MINUTES} minutes apart`;
  }
  return null;
}

/** When the next scheduled sync is due after `from`; null for a manual schedule. */
export function nextSyncAt(schedule: SyncScheduleValue, from: Date, timeZone = "UTC"): Date | null {
  const expression = schedule.type === "manual" ? null : schedule.type === "cron" ? schedule.expression : PRESETS[schedule.type];
  if (!expression) return null;
  try {
    return CronExpressionParser.parse(expression, { currentDate: from, tz: timeZone }).next().toDate();
  } catch {
    // A stored time zone the runtime does not know: fall back to UTC rather than never syncing.
    return CronExpressionParser.parse(expression, { currentDate: from, tz: "UTC" }).next().toDate();
  }
}

export function scheduleColumns(schedule: SyncScheduleValue): { syncSchedule: SyncScheduleColumn; syncCron: string | null } {
  if (schedule.type === "cron") return { syncSchedule: "CRON", syncCron: schedule.expression.trim() };
  return { syncSchedule: schedule.type.toUpperCase() as SyncScheduleColumn, syncCron: null };
}

export function scheduleOf(row: { syncSchedule: SyncScheduleColumn; syncCron: string | null }): SyncScheduleValue {
  if (row.syncSchedule === "CRON" && row.syncCron) return { type: "cron", expression: row.syncCron };
  if (row.syncSchedule === "HOURLY") return { type: "hourly" };
  if (row.syncSchedule === "DAILY") return { type: "daily" };
  return { type: "manual" };
}

/** "Hourly", "Daily", "Cron: 0 6 * * 1-5", "Manual" for lists. */
export function describeSchedule(schedule: SyncScheduleValue): string {
  switch (schedule.type) {
    case "manual":
      return "Manual";
    case "hourly":
      return "Hourly";
    case "daily":
      return "Daily";
    case "cron":
      return `Cron: ${schedule.expression}`;
  }
}
