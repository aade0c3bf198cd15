import { describe, expect, it } from "vitest";
import { buildHeatMap, heatTag, meanScore, scoreAssessment } from "./risk-scores";

describe("scoreAssessment", () => {
  it("multiplies likelihood by impact", () => {
    // 4 × 5 = 20; the instance's own 1-5 score level is not used.
    expect(scoreAssessment({ likelihood: 4, impact: 5, score: 4 })).toEqual({ likelihood: 4, impact: 5, score: 20 });
    expect(scoreAssessment({ likelihood: 1, impact: 1, score: null }).score).toBe(1);
  });

  it("has no score when a level is missing or off the 1-5 scale", () => {
    expect(scoreAssessment({ likelihood: null, impact: 3, score: 2 }).score).toBeNull();
    expect(scoreAssessment({ likelihood: 6, impact: 3, score: null })).toEqual({ likelihood: null, impact: 3, score: null });
  });
});

describe("heat maps", () => {
  it("count risks per likelihood-impact cell and tag each cell", () => {
    const map = buildHeatMap("residual", [
      scoreAssessment({ likelihood: 4, impact: 2, score: null }),
      scoreAssessment({ likelihood: 4, impact: 2, score: null }),
      scoreAssessment({ likelihood: 1, impact: 5, score: null }),
      scoreAssessment({ likelihood: null, impact: 5, score: null }),
    ]);
    expect(map.cells[3]?.[1]).toBe(2);
    expect(map.cells[0]?.[4]).toBe(1);
    expect(map.cells.flat().reduce((a, b) => a + b, 0)).toBe(3);
    expect(map.unscored).toBe(1);
    expect(map.tags[3]?.[1]).toBe("heat:residual:4-2");
    expect(heatTag("residual", scoreAssessment({ likelihood: 4, impact: 2, score: null }))).toBe("heat:residual:4-2");
    expect(heatTag("inherent", scoreAssessment({ likelihood: null, impact: 2, score: null }))).toBeNull();
  });
});

describe("meanScore", () => {
  it("averages the scored risks only", () => {
    // (20 + 9 + 4) / 3 = 11.0
    expect(meanScore([20, null, 9, 4])).toBe(11);
    // (2 + 3 + 3) / 3 = 2.666… → 2.67
    expect(meanScore([2, 3, 3])).toBe(2.67);
    expect(meanScore([null])).toBeNull();
  });
});
