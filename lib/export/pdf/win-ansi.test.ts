import { describe, expect, it } from "vitest";
import { toWinAnsi, toWinAnsiDeep } from "./win-ansi";

describe("toWinAnsi", () => {
  it("keeps ASCII, Latin-1 and WinAnsi's typographic marks", () => {
    expect(toWinAnsi("Contrôle d'accès — revue … “trimestrielle” €5 • 3×")).toBe("Contrôle d'accès — revue … “trimestrielle” €5 • 3×");
  });

  it("spells common symbols the font lacks and marks the rest with ?", () => {
    expect(toWinAnsi("rotation ≤ 90 days → ok ≥ 1 − 2")).toBe("rotation <= 90 days -> ok >= 1 - 2");
    expect(toWinAnsi("アクセス")).toBe("????");
    // One ? per character, not per UTF-16 unit: the emoji is a surrogate pair.
    expect(toWinAnsi("ok 🔥")).toBe("ok ?");
  });

  it("composes decomposed accents before checking them", () => {
    expect(toWinAnsi("e\u0301")).toBe("é");
  });

  it("maps every string of a data tree and leaves dates and numbers alone", () => {
    const date = new Date(0);
    const mapped = toWinAnsiDeep({ a: ["≤"], b: { c: 1, d: date, e: null, f: true } });
    expect(mapped).toEqual({ a: ["<="], b: { c: 1, d: date, e: null, f: true } });
    expect(mapped.b.d).toBe(date);
  });
});
