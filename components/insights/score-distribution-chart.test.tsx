import { describe, expect, it } from "vitest";
import { renderMarkup } from "@/lib/testing/render-markup";
import { EFFECTIVENESS_BANDS, ScoreDistributionChart, bandIndex, type ScoreBand } from "./score-distribution-chart";

const noop = () => {};

const bins = [
  { label: "0–49", min: 0, count: 3, tag: "score:0-50" },
  { label: "50–79", min: 50, count: 1_250, tag: "score:50-80" },
  { label: "80–100", min: 80, count: 7, tag: "score:80-100" },
];

describe("ScoreDistributionChart", () => {
  it("names the chart with the counts per band and the largest range", () => {
    const html = renderMarkup(<ScoreDistributionChart bins={bins} onSelect={noop} />);
    expect(html).toContain("Control effectiveness scores</h2>");
    // 3 + 1,250 + 7 = 1,260 controls.
    expect(html).toContain(
      'role="img" aria-label="Effectiveness scores of 1,260 controls: 3 below 50, 1,250 from 50 to 79, 7 at 80 or above. The largest group is 50–79 (1,250 controls)."',
    );
  });

  it("renders the data as a table whose row buttons carry the drill-down tags", () => {
    const html = renderMarkup(<ScoreDistributionChart bins={bins} onSelect={noop} />);
    expect(html).toContain("<caption");
    expect(html).toContain("Select a range to list its controls.");
    expect(html).toMatch(/<button[^>]*data-tag="score:0-50"[^>]*>0–49<\/button>/);
    expect(html).toMatch(/data-tag="score:50-80"[^>]*>50–79<\/button><\/th><td[^>]*>1,250<\/td>/);
    expect(html).toContain('data-tag="score:80-100"');
    expect(html).toContain("Show data table");
  });

  it("says what to do when there is nothing to draw", () => {
    for (const empty of [[], [{ label: "0–49", min: 0, count: 0, tag: "score:0-50" }]]) {
      const html = renderMarkup(<ScoreDistributionChart bins={empty} onSelect={noop} />);
      expect(html).toContain("Run a control effectiveness analysis to see this chart.");
      expect(html).not.toContain("<table");
    }
  });

  it("bands effectiveness scores at 50 and 80", () => {
    expect([0, 49, 50, 79, 80, 100].map((min) => bandIndex(EFFECTIVENESS_BANDS, min))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it("takes other bands, e.g. failure probabilities where higher is worse", () => {
    const riskBands: ScoreBand[] = [
      { from: 0, tone: "good", label: "below 20%" },
      { from: 20, tone: "mixed", label: "from 20% to 49%" },
      { from: 50, tone: "bad", label: "at 50% or above" },
    ];
    const deciles = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90].map((min, i) => ({
      label: `${min}–${min + 10}%`,
      min,
      count: i + 1,
      tag: `risk:${min}-${min + 10}`,
    }));
    const html = renderMarkup(
      <ScoreDistributionChart bins={deciles} bands={riskBands} measure="Predicted failure probabilities" onSelect={noop} />,
    );
    // 1..10 controls per decile: 1+2 = 3 below 20%, 3+4+5 = 12 from 20% to 49%, 6+7+8+9+10 = 40 at 50% or above; 55 in all.
    expect(html).toContain(
      'aria-label="Predicted failure probabilities of 55 controls: 3 below 20%, 12 from 20% to 49%, 40 at 50% or above. ' +
        'The largest group is 90–100% (10 controls)."',
    );
    expect(bandIndex(riskBands, 90)).toBe(2);
  });
});
