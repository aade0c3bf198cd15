import { describe, expect, it } from "vitest";
import { describeAge, EMPTY_CELL, formatCell, formatQuantity, formatTableDate, formatTimestamp, keepWordsWhole, paragraphs } from "./format";

describe("formatCell", () => {
  it("prints percent columns (0-100) with one decimal and a % sign", () => {
    expect(formatCell(73.14, "percent")).toBe("73.1%");
    expect(formatCell(5, "percent")).toBe("5.0%");
  });

  it("groups thousands and keeps at most two decimals for numbers", () => {
    expect(formatCell(1234567.891, "number")).toBe("1,234,567.89");
    expect(formatCell(-3, "number")).toBe("-3");
  });

  it("prints dates as UTC days, with the time only when there is one", () => {
    expect(formatCell(new Date(Date.UTC(2026, 2, 4)), "date")).toBe("2026-03-04");
    expect(formatTableDate(new Date(Date.UTC(2026, 2, 4, 14, 5)))).toBe("2026-03-04 14:05");
  });

  it("prints booleans as Yes/No and empty or non-finite values as a dash", () => {
    expect(formatCell(true, "boolean")).toBe("Yes");
    expect(formatCell(false, "boolean")).toBe("No");
    expect(formatCell(null, "number")).toBe(EMPTY_CELL);
    expect(formatCell(Number.NaN, "number")).toBe(EMPTY_CELL);
  });

  it("lets the value's type win: text in a number column stays text", () => {
    expect(formatCell("n/a", "number")).toBe("n/a");
  });
});

describe("report text", () => {
  it("formats timestamps in UTC whatever the server's zone", () => {
    expect(formatTimestamp(new Date(Date.UTC(2026, 2, 4, 9, 5)))).toBe("4 Mar 2026, 09:05 UTC");
  });

  it("formats chart values with their unit", () => {
    expect(formatQuantity(20, "%")).toBe("20%");
    expect(formatQuantity(71.44, "%")).toBe("71.4%");
    expect(formatQuantity(1500, "days")).toBe("1,500 days");
    expect(formatQuantity(12, undefined)).toBe("12");
  });

  it("describes the age of the data in hours up to two days, then days", () => {
    const hour = 3_600_000;
    expect(describeAge(20 * 60_000)).toBe("less than an hour");
    expect(describeAge(hour)).toBe("1 hour");
    expect(describeAge(3.5 * hour)).toBe("3 hours");
    expect(describeAge(47 * hour)).toBe("47 hours");
    expect(describeAge(50 * hour)).toBe("2 days");
  });

  it("splits prose on blank lines", () => {
    expect(paragraphs("First.\n\n  Second,\nsame paragraph.\n \nThird.\n\n")).toEqual(["First.", "Second,\nsame paragraph.", "Third."]);
  });

  it("keeps record numbers whole and breaks only words too long for a cell", () => {
    expect(keepWordsWhole("CTRL0000012")).toEqual(["CTRL0000012"]);
    expect(keepWordsWhole("9f1c2a7e1b2d4c3e8a7b6c5d4e3f2a1b")).toEqual(["9f1c2a7e1b2d", "4c3e8a7b6c5d", "4e3f2a1b"]);
  });
});
