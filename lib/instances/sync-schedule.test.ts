import { describe, expect, it } from "vitest";
import { cronExpressionProblem, nextSyncAt, scheduleColumns, scheduleOf } from "./sync-schedule";

const from = new Date("2026-03-10T10:20:30Z");

describe("sync schedules", () => {
  it("computes the next run of each kind", () => {
    expect(nextSyncAt({ type: "manual" }, from)).toBeNull();
    expect(nextSyncAt({ type: "hourly" }, from)?.toISOString()).toBe("2026-03-10T11:00:00.000Z");
    expect(nextSyncAt({ type: "daily" }, from)?.toISOString()).toBe("2026-03-11T00:00:00.000Z");
    expect(nextSyncAt({ type: "cron", expression: "30 6 * * 1-5" }, from)?.toISOString()).toBe("2026-03-11T06:30:00.000Z");
  });

  it("reads cron expressions in the organization's time zone", () => {
    // 06:30 in Berlin (UTC+1 in March before DST) is 05:30 UTC.
    expect(nextSyncAt({ type: "cron", expression: "30 6 * * *" }, from, "Europe/Berlin")?.toISOString()).toBe("2026-03-11T05:30:00.000Z");
    expect(nextSyncAt({ type: "daily" }, from, "Not/AZone")?.toISOString()).toBe("2026-03-11T00:00:00.000Z");
  });

  it.each([
    ["0 6 * * 1-5", null],
    ["*/15 * * * *", null],
    ["*/5 * * * *", /at least 15 minutes/],
    ["0,1 * * * *", /at least 15 minutes/],
    ["* * * * * *", /five fields/],
    ["@daily", /five fields/],
    ["61 * * * *", /Not a valid cron/],
    ["0 0 31 2 *", /Not a valid cron/],
    ["0 6 * *", /five fields/],
  ])("checks %s", (expression, problem) => {
    const result = cronExpressionProblem(expression);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toMatch(problem);
  });

  it("round-trips through the database columns", () => {
    for (const schedule of [{ type: "manual" }, { type: "hourly" }, { type: "daily" }, { type: "cron", expression: "0 6 * * *" }] as const) {
      expect(scheduleOf(scheduleColumns(schedule))).toEqual(schedule);
    }
  });
});
