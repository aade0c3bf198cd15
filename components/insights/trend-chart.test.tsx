import { describe, expect, it } from "vitest";
import { renderMarkup } from "@/lib/testing/render-markup";
import { TrendChart, type TrendPoint } from "./trend-chart";

const noop = () => {};

const series = [
  { key: "meanScore", label: "Mean score" },
  { key: "coverage", label: "Coverage", unit: "%" },
];

// Given out of order: the chart sorts runs by date.
const points: TrendPoint[] = [
  { x: "2026-03-02", tag: "run:c", values: { meanScore: 72.44, coverage: 81 } },
  { x: "2026-01-05", tag: "run:a", values: { meanScore: 61, coverage: null } },
  { x: "2026-02-01T09:30:00.000Z", tag: "run:b", values: { meanScore: 66.5 } },
];

describe("TrendChart", () => {
  it("summarises each series from its first to its last value", () => {
    const html = renderMarkup(<TrendChart title="Effectiveness over time" series={series} points={points} onSelect={noop} />);
    expect(html).toContain("Effectiveness over time</h2>");
    expect(html).toContain(
      'aria-label="3 runs from Jan 5, 2026 to Mar 2, 2026. Mean score went from 61 to 72.4; Coverage was 81% in the only run that measured it."',
    );
  });

  it("lists the runs by date in the data table, with gaps as dashes and the run tag on each date", () => {
    const html = renderMarkup(<TrendChart title="Effectiveness over time" series={series} points={points} onSelect={noop} />);
    expect(html).toMatch(/<th[^>]*>Mean score<\/th><th[^>]*>Coverage<\/th>/);
    const tags = [...html.matchAll(/data-tag="([^"]+)"/g)].map((m) => m[1]);
    expect(tags).toEqual(["run:a", "run:b", "run:c"]);
    expect(html).toMatch(/data-tag="run:a"[^>]*><time dateTime="2026-01-05">Jan 5, 2026<\/time><\/button><\/th><td[^>]*>61<\/td><td[^>]*>—<\/td>/);
    expect(html).toMatch(/data-tag="run:b"[^>]*><time[^>]*>Feb 1, 2026<\/time><\/button><\/th><td[^>]*>66.5<\/td><td[^>]*>—<\/td>/);
    expect(html).toMatch(/data-tag="run:c"[^>]*><time[^>]*>Mar 2, 2026<\/time><\/button><\/th><td[^>]*>72.4<\/td><td[^>]*>81%<\/td>/);
  });

  it("says what to do when there are no runs", () => {
    const html = renderMarkup(<TrendChart title="Effectiveness over time" series={series} points={[]} onSelect={noop} />);
    expect(html).toContain("Run the analysis after each sync to see how these figures change over time.");
    expect(html).not.toContain("<table");
  });
});
