import { describe, expect, it } from "vitest";
import { renderMarkup } from "@/lib/testing/render-markup";
import { KeyFigures } from "./key-figures";

describe("KeyFigures", () => {
  it("renders a named group of label/value pairs with hints", () => {
    const html = renderMarkup(
      <KeyFigures
        label="Control effectiveness figures"
        figures={[
          { label: "Controls assessed", value: 12_345 },
          { label: "Mean score", value: "71.2", hint: "+4.1 since the last run", trend: "up", good: true },
        ]}
      />,
    );
    expect(html).toContain('<section aria-label="Control effectiveness figures">');
    expect(html).toMatch(/<dt[^>]*>Controls assessed<\/dt><dd[^>]*>12,345<\/dd>/);
    expect(html).toMatch(/<dt[^>]*>Mean score<\/dt><dd[^>]*>71.2/);
    expect(html).toContain("+4.1 since the last run</dd>");
  });

  it("says which way a figure moved and whether that is good, for screen readers and in colour", () => {
    const html = renderMarkup(
      <KeyFigures
        figures={[
          { label: "Ineffective", value: 14, trend: "up", good: false },
          { label: "Overdue", value: 3, trend: "down", good: true },
          { label: "Risks", value: 80, trend: "down" },
          { label: "Tests", value: 9, trend: null },
        ]}
      />,
    );
    expect(html).toMatch(/text-destructive"><svg.*?<\/svg><span class="sr-only">Up, a deterioration<\/span>/);
    expect(html).toMatch(/text-success"><svg.*?<\/svg><span class="sr-only">Down, an improvement<\/span>/);
    expect(html).toMatch(/text-muted-foreground"><svg.*?<\/svg><span class="sr-only">Down<\/span>/);
    expect(html.match(/sr-only/g)).toHaveLength(3);
  });

  it("says what to do without figures", () => {
    expect(renderMarkup(<KeyFigures figures={[]} />)).toContain("Run an analysis to see its key figures.");
  });
});
