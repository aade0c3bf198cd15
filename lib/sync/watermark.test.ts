import { describe, expect, it } from "vitest";
import { OVERLAP_MS, nextHighWaterMark } from "./watermark";

const at = (iso: string) => new Date(iso);
const start = at("2026-11-23T12:00:00.000Z");

describe("nextHighWaterMark", () => {
  it("is one second past the newest record of a quiet table", () => {
    expect(nextHighWaterMark({ previous: null, maxSeen: at("2026-10-01T08:30:15Z"), syncStartedAt: start, shrank: false })).toEqual(
      at("2026-10-01T08:30:16Z"),
    );
  });

  it("stays an overlap behind the sync's start when records changed just before it", () => {
    const mark = nextHighWaterMark({ previous: null, maxSeen: at("2026-11-23T11:59:59Z"), syncStartedAt: start, shrank: false });
    expect(mark).toEqual(new Date(start.getTime() - OVERLAP_MS));
  });

  it("never moves back, and keeps the old mark when nothing was read or the result set shrank", () => {
    const previous = at("2026-11-01T00:00:00Z");
    expect(nextHighWaterMark({ previous, maxSeen: at("2026-10-01T00:00:00Z"), syncStartedAt: start, shrank: false })).toEqual(previous);
    expect(nextHighWaterMark({ previous, maxSeen: null, syncStartedAt: start, shrank: false })).toBe(previous);
    expect(nextHighWaterMark({ previous, maxSeen: at("2026-11-20T00:00:00Z"), syncStartedAt: start, shrank: true })).toBe(previous);
    expect(nextHighWaterMark({ previous: null, maxSeen: at("2026-11-20T00:00:00Z"), syncStartedAt: start, shrank: true })).toBeNull();
  });
});
