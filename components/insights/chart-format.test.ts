import { describe, expect, it } from "vitest";
import { formatDate, formatDecimal, formatMeasure, formatPercent, formatProbability, plural } from "./chart-format";

describe("chart formatting", () => {
  it("pluralises the nouns the charts use", () => {
    expect(plural(1, "control")).toBe("1 control");
    expect(plural(2_000, "control")).toBe("2,000 controls");
    expect(plural(3, "family")).toBe("3 families");
    expect(plural(2, "class")).toBe("2 classes");
    expect(plural(0, "risk")).toBe("0 risks");
    expect(plural(4, "gap kind")).toBe("4 gap kinds");
  });

  it("shows missing values as a dash", () => {
    expect(formatPercent(null)).toBe("—");
    expect(formatProbability(null)).toBe("—");
    expect(formatDecimal(null)).toBe("—");
    expect(formatProbability(0.456, 1)).toBe("45.6%");
    expect(formatDecimal(0.12345)).toBe("0.123");
  });

  it("keeps the precision a measure needs", () => {
    expect([0.81234, 3.14159, 72.44, 12_345].map(formatMeasure)).toEqual(["0.812", "3.142", "72.4", "12,345"]);
  });

  it("formats dates in UTC so server and browser agree", () => {
    expect(formatDate("2026-01-05")).toBe("Jan 5, 2026");
    expect(formatDate("2026-01-05T23:30:00.000Z")).toBe("Jan 5, 2026");
  });
});
