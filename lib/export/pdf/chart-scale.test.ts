import { describe, expect, it } from "vitest";
import { fraction, niceScale, PERCENT_SCALE, rampColor, rampTextColor } from "./chart-scale";

describe("niceScale", () => {
  it("covers the data with round steps", () => {
    // span 55 / 5 ticks = 11 → magnitude 10, 1.1 rounds up to 2 → step 20; 0..ceil(55/20)*20 = 60.
    expect(niceScale(0, 55)).toEqual({ min: 0, max: 60, ticks: [0, 20, 40, 60] });
    // span 71.4..78.2 = 6.8 / 5 = 1.36 → step 2; floor(71.4/2)*2 = 70, ceil(79.1/2)*2 = 80.
    expect(niceScale(71.4, 79.1)).toEqual({ min: 70, max: 80, ticks: [70, 72, 74, 76, 78, 80] });
    // span 1 / 5 = 0.2 → step 0.2, and no 0.6000000000000001 from repeated addition.
    expect(niceScale(0, 1).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it("uses 2.5 steps where 2 would overshoot and 5 would be too coarse", () => {
    // span 11 / 5 = 2.2 → 2.5; ticks 0, 2.5 … 12.5.
    expect(niceScale(0, 11).ticks).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
  });

  it("spans negative values and widens an empty span", () => {
    expect(niceScale(-30, 45)).toEqual({ min: -40, max: 60, ticks: [-40, -20, 0, 20, 40, 60] });
    expect(niceScale(0, 0)).toEqual({ min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(niceScale(7, 7).min).toBe(0);
    expect(niceScale(-7, -7).max).toBe(0);
  });

  it("keeps values within 0-100 on a 0-100 axis, because round steps divide 100", () => {
    for (const [low, high] of [
      [0, 100],
      [97.3, 100],
      [12.5, 99.9],
    ] as const) {
      const scale = niceScale(low, high);
      expect(scale.min).toBeGreaterThanOrEqual(0);
      expect(scale.max).toBeLessThanOrEqual(100);
    }
  });
});

describe("fraction", () => {
  it("places a value on the scale and clamps outside it", () => {
    expect(fraction(PERCENT_SCALE, 25)).toBe(0.25);
    expect(fraction({ min: 70, max: 80, ticks: [] }, 72.5)).toBe(0.25);
    expect(fraction(PERCENT_SCALE, 140)).toBe(1);
    expect(fraction(PERCENT_SCALE, -5)).toBe(0);
  });
});

describe("rampColor", () => {
  it("runs from pale cream to deep red through its stops", () => {
    expect(rampColor(0)).toBe("#fff7ec");
    expect(rampColor(1)).toBe("#7f0000");
    // Halfway is exactly the middle stop (index 2 of 5).
    expect(rampColor(0.5)).toBe("#fc8d59");
    // An eighth is halfway between stop 0 (255,247,236) and stop 1 (253,212,158): (254, 229.5, 197).
    expect(rampColor(0.125)).toBe("#fee6c5");
    expect(rampColor(2)).toBe(rampColor(1));
  });

  it("switches to white text on the dark half", () => {
    expect(rampTextColor(0.2)).toBe("#1f2937");
    expect(rampTextColor(0.9)).toBe("#ffffff");
  });
});
