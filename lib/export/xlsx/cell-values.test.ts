import { describe, expect, it } from "vitest";
import { dateFormat, excelText, excelValue, keyFigureValue, MAX_CELL_TEXT, NUMBER_FORMATS } from "./cell-values";

describe("excelValue", () => {
  it("stores a 0-100 percent as the fraction Excel's % format expects", () => {
    expect(excelValue(73.1, "percent")).toBe(0.731);
    // 84.4 / 100 is 0.8440000000000001 in binary; the stored value is the clean 0.844.
    expect(excelValue(84.4, "percent")).toBe(0.844);
    expect(excelValue(73.1, "number")).toBe(73.1);
  });

  it("keeps dates and booleans typed and empties nulls and non-finite numbers", () => {
    const date = new Date(Date.UTC(2026, 0, 2));
    expect(excelValue(date, "date")).toBe(date);
    expect(excelValue(true, "boolean")).toBe(true);
    expect(excelValue(null, "number")).toBeNull();
    expect(excelValue(Number.POSITIVE_INFINITY, "number")).toBeNull();
  });

  it("neutralises text that starts like a formula and cuts text to Excel's cell limit", () => {
    expect(excelValue("=SUM(A1:A9)", "text")).toBe("'=SUM(A1:A9)");
    expect(excelValue("-5 days", "number")).toBe("'-5 days");
    expect(excelText("x".repeat(MAX_CELL_TEXT + 10))).toHaveLength(MAX_CELL_TEXT);
  });
});

describe("dateFormat", () => {
  it("shows the time only when a value in the column has one", () => {
    const midnight = { due: new Date(Date.UTC(2026, 2, 1)) };
    const afternoon = { due: new Date(Date.UTC(2026, 2, 1, 14, 30)) };
    expect(dateFormat([midnight, { due: null }], "due")).toBe(NUMBER_FORMATS.date);
    expect(dateFormat([midnight, afternoon], "due")).toBe(NUMBER_FORMATS.dateTime);
  });
});

describe("keyFigureValue", () => {
  it("turns a bare number into a number and keeps formatted figures as text", () => {
    expect(keyFigureValue("71.4")).toBe(71.4);
    expect(keyFigureValue("-3")).toBe(-3);
    expect(keyFigureValue("1,500")).toBe("1,500");
    expect(keyFigureValue("76.8%")).toBe("76.8%");
    expect(keyFigureValue("+4 since last run")).toBe("'+4 since last run");
  });
});
