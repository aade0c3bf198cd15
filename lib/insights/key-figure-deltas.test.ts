import { describe, expect, it } from "vitest";
import { keyFigureDeltas } from "./key-figure-deltas";

describe("keyFigureDeltas", () => {
  it("judges each change by which way the figure should move, directed figures first", () => {
    const deltas = keyFigureDeltas(
      "controls",
      { meanScore: 70.1, ineffective: 12, controls: 400, overdue: 5 },
      { meanScore: 72.4, ineffective: 15, controls: 410, overdue: 5, untested: 3 },
    );
    expect(deltas).toEqual([
      // 72.4 − 70.1 = 2.3 (not 2.3000000000000114): the mean score rose, which is better.
      { name: "meanScore", a: 70.1, b: 72.4, delta: 2.3, direction: "better" },
      // 15 − 12 = 3 more ineffective controls: worse.
      { name: "ineffective", a: 12, b: 15, delta: 3, direction: "worse" },
      // Only in b: nothing to compare with.
      { name: "untested", a: null, b: 3, delta: null, direction: null },
      { name: "overdue", a: 5, b: 5, delta: 0, direction: "same" },
      // The number of controls is size, not quality: no direction (and after the directed figures).
      { name: "controls", a: 400, b: 410, delta: 10, direction: null },
    ]);
  });

  it("treats lower as better where a rise is a deterioration, and unknown figures as undirected", () => {
    const [auc, brier, unknown] = keyFigureDeltas("predictive", { novel: 1, brier: 0.2, auc: 0.7 }, { brier: 0.15, auc: 0.65, novel: 2 });
    // 0.15 − 0.2 = −0.05: a lower Brier score is better calibrated.
    expect(brier).toEqual({ name: "brier", a: 0.2, b: 0.15, delta: -0.05, direction: "better" });
    // 0.65 − 0.7 = −0.05: a lower AUC is worse.
    expect(auc).toMatchObject({ delta: -0.05, direction: "worse" });
    expect(unknown).toMatchObject({ delta: 1, direction: null });
  });
});
