import { describe, expect, it } from "vitest";
import { MAX_SHEET_NAME, SheetNames } from "./sheet-names";

describe("SheetNames", () => {
  it("keeps a valid name as it is", () => {
    expect(new SheetNames().claim("control-scores")).toBe("control-scores");
  });

  it("replaces the characters Excel forbids and trims apostrophes and blanks", () => {
    const names = new SheetNames();
    expect(names.claim("Q1/Q2 [draft]: a*b?c\\d")).toBe("Q1-Q2 -draft-- a-b-c-d");
    expect(names.claim("'quoted'")).toBe("quoted");
    expect(names.claim("tab\there")).toBe("tabhere");
  });

  it("cuts names to 31 characters", () => {
    const name = new SheetNames().claim("requirements-without-any-effective-control");
    expect(name).toBe("requirements-without-any-effect");
    expect(name).toHaveLength(MAX_SHEET_NAME);
  });

  it("numbers clashes, ignoring case, and keeps the numbered name within 31 characters", () => {
    const names = new SheetNames();
    expect(names.claim("Summary")).toBe("Summary");
    expect(names.claim("summary")).toBe("summary (2)");
    expect(names.claim("SUMMARY")).toBe("SUMMARY (3)");
    const long = "requirements-without-any-effective-control";
    expect(names.claim(long)).toBe("requirements-without-any-effect");
    // 31 - " (2)".length = 27 characters of the base.
    expect(names.claim(long)).toBe("requirements-without-any-ef (2)");
  });

  it("falls back when nothing is left, and avoids the reserved name History", () => {
    const names = new SheetNames();
    expect(names.claim("[]:*", "Top risks")).toBe("Top risks");
    expect(names.claim("", "")).toBe("Sheet");
    expect(names.claim("History")).toBe("History (2)");
  });

  it("does not cut an emoji in half", () => {
    const name = new SheetNames().claim(`${"x".repeat(30)}🔥`);
    expect(name).toBe("x".repeat(30));
  });
});
