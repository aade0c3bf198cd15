import { describe, expect, it } from "vitest";
import { formatInTimeZone, isTimeZone, nextDate, startOfDayIn } from "./time-zone";

describe("time zones", () => {
  it("formats an instant as the zone's wall clock", () => {
    const instant = "2026-01-02T23:30:05.000Z";
    expect(formatInTimeZone(instant, "UTC")).toBe("2026-01-02 23:30:05");
    expect(formatInTimeZone(instant, "Europe/Berlin")).toBe("2026-01-03 00:30:05");
    expect(formatInTimeZone(instant, "America/New_York")).toBe("2026-01-02 18:30:05");
    expect(formatInTimeZone(instant, "Not/AZone")).toBe("2026-01-02 23:30:05");
  });

  it("finds the instant a date starts in a zone, also on DST change days", () => {
    expect(startOfDayIn("2026-01-02", "UTC").toISOString()).toBe("2026-01-02T00:00:00.000Z");
    expect(startOfDayIn("2026-01-02", "Europe/Berlin").toISOString()).toBe("2026-01-01T23:00:00.000Z");
    expect(startOfDayIn("2026-07-02", "Europe/Berlin").toISOString()).toBe("2026-07-01T22:00:00.000Z");
    // Clocks go forward at 02:00 on 2026-03-29 in Berlin; midnight is still +01:00.
    expect(startOfDayIn("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDayIn("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfDayIn("2026-01-02", "Asia/Kolkata").toISOString()).toBe("2026-01-01T18:30:00.000Z");
    expect(startOfDayIn("2026-01-02", "America/Los_Angeles").toISOString()).toBe("2026-01-02T08:00:00.000Z");
  });

  it("steps dates across month and year ends and checks zone names", () => {
    expect(nextDate("2026-12-31")).toBe("2027-01-01");
    expect(nextDate("2028-02-28")).toBe("2028-02-29");
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
