import { describe, expect, it } from "vitest";
import { benjaminiHochberg, holm } from "./multiple-comparisons";

// p = 0.01, 0.04, 0.03, 0.005 (m = 4); ascending 0.005, 0.01, 0.03, 0.04.
const P = [0.01, 0.04, 0.03, 0.005];

describe("benjaminiHochberg", () => {
  it("adjusts a fixed list by p·m/rank, made monotone from the top", () => {
    // Raw: 0.005·4/1 = 0.02, 0.01·4/2 = 0.02, 0.03·4/3 = 0.04, 0.04·4/4 = 0.04.
    const q = benjaminiHochberg(P);
    expect(q[0]).toBeCloseTo(0.02, 15);
    expect(q[1]).toBeCloseTo(0.04, 15);
    expect(q[2]).toBeCloseTo(0.04, 15);
    expect(q[3]).toBeCloseTo(0.02, 15);
  });

  it("takes the running minimum from the largest p down and caps at 1", () => {
    // Ascending 0.01, 0.02, 0.9 (m = 3): raw 0.03, 0.03, 0.9; and 0.6·2 = 1.2 caps at 1.
    expect(benjaminiHochberg([0.9, 0.02, 0.01])).toEqual([0.9, 0.03, 0.03]);
    expect(benjaminiHochberg([0.6, 0.6])).toEqual([0.6, 0.6]);
    expect(benjaminiHochberg([])).toEqual([]);
  });

  it("rejects values that are not probabilities", () => {
    expect(() => benjaminiHochberg([0.1, Number.NaN])).toThrow(RangeError);
  });
});

describe("holm", () => {
  it("adjusts a fixed list by (m − rank + 1)·p, made monotone from the bottom", () => {
    // 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → running max 0.02, 0.03, 0.06, 0.06.
    const adjusted = holm(P);
    expect(adjusted[0]).toBeCloseTo(0.03, 15);
    expect(adjusted[1]).toBeCloseTo(0.06, 15);
    expect(adjusted[2]).toBeCloseTo(0.06, 15);
    expect(adjusted[3]).toBeCloseTo(0.02, 15);
    expect(holm([0.5, 0.6])).toEqual([1, 1]);
  });
});
