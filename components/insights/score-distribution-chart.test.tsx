import { describe, expect, it } from "vitest";
import { renderMarkup } from "@/lib/testing/render-markup";
import { ScoreDistributionChart, scoreBand } from "./score-distribution-chart";

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
      'role="img" aria-label="Effectiveness scores of 1,260 controls: 3 below 50, 1,250 from 50 to 79, 7 at 80 or above. The largest group scores 50–79 (1,250 controls)."',
    );
  });

  it("renders the data as a table whose row buttons carry the drill-down tags", () => {
    const html = renderMarkup(<ScoreDistributionChart bins={bins} onSelect={noop} />);
    expect(html).toContain("<caption");
    expect(html).toContain("Select a score range to list its controls.");
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

  it("bands scores at 50 and 80", () => {
    expect([0, 49, 50, 79, 80, 100].map(scoreBand)).toEqual(["weak", "weak", "partial", "partial", "strong", "strong"]);
  });
});
