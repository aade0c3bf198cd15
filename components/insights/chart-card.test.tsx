import { describe, expect, it } from "vitest";
import { renderMarkup } from "@/lib/testing/render-markup";
import { ChartCard } from "./chart-card";
import { ChartFigure } from "./chart-figure";

describe("ChartCard", () => {
  it("is a section named by its visible title, with description and actions", () => {
    const html = renderMarkup(
      <ChartCard title="Scores" description="Per range" actions={<button type="button">Export</button>}>
        <p>chart body</p>
      </ChartCard>,
    );
    const labelledBy = html.match(/<section aria-labelledby="([^"]+)"/)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(html).toMatch(new RegExp(`<h2 [^>]*id="${labelledBy}"[^>]*>Scores</h2>`));
    expect(html).toContain("Per range</p>");
    expect(html).toContain("Export</button>");
    expect(html).toContain("chart body");
  });

  it("shows the empty message instead of its children", () => {
    const html = renderMarkup(
      <ChartCard title="Scores" emptyMessage="Run a control effectiveness analysis to see this chart.">
        <p>chart body</p>
      </ChartCard>,
    );
    expect(html).toContain("Run a control effectiveness analysis to see this chart.");
    expect(html).not.toContain("chart body");
  });
});

describe("ChartFigure", () => {
  it("wraps the chart in a named image and keeps the data table in the page, hidden until focused or pinned", () => {
    const html = renderMarkup(
      <ChartFigure
        summary="Two bars."
        onSelect={() => {}}
        table={{ caption: "Bars. Select one.", labelHeader: "Bar", columns: [{ header: "Value" }], rows: [{ tag: "t:1", label: "One", cells: ["1"] }] }}
      >
        <svg />
      </ChartFigure>,
    );
    expect(html).toContain('<div role="img" aria-label="Two bars."');
    expect(html).toMatch(/<button[^>]*aria-pressed="false"[^>]*>.*?Show data table<\/button>/);
    expect(html).toMatch(/class="sr-only focus-within:not-sr-only"><div[^>]*><table/);
    expect(html).toContain('<caption class="sr-only">Bars. Select one.</caption>');
    expect(html).toMatch(/<th scope="row"[^>]*><button type="button" data-tag="t:1"[^>]*>One<\/button><\/th><td[^>]*>1<\/td>/);
  });
});
