import { describe, expect, it } from "vitest";
import { renderMarkup } from "@/lib/testing/render-markup";
import { FrameworkBars } from "./framework-bars";

const noop = () => {};

const rows = [
  { label: "NIST 800-53", tag: "framework:nist", coverage: 92.4, compliance: 71 },
  { label: "SOC 2", tag: "framework:soc2", coverage: 40, compliance: null },
  { label: "ISO 27001", tag: "framework:iso", coverage: 65, compliance: 88.6 },
];

describe("FrameworkBars", () => {
  it("names the chart with the lowest and highest coverage and compliance", () => {
    const html = renderMarkup(<FrameworkBars rows={rows} onSelect={noop} />);
    expect(html).toContain("Coverage and compliance by framework</h2>");
    // Compliance skips SOC 2, which has none; 88.6 rounds to 89%.
    expect(html).toContain(
      'aria-label="Coverage and compliance for 3 frameworks: coverage from 40% (SOC 2) to 92% (NIST 800-53); ' +
        'compliance from 71% (NIST 800-53) to 89% (ISO 27001)."',
    );
  });

  it("puts coverage and compliance side by side in the table, one tagged button per row", () => {
    const html = renderMarkup(<FrameworkBars rows={rows} onSelect={noop} rowNoun="family" title="AC families" />);
    expect(html).toMatch(/<th[^>]*>Family<\/th><th[^>]*>Coverage<\/th><th[^>]*>Compliance<\/th>/);
    expect(html).toMatch(/data-tag="framework:nist"[^>]*>NIST 800-53<\/button><\/th><td[^>]*>92%<\/td><td[^>]*>71%<\/td>/);
    expect(html).toMatch(/data-tag="framework:soc2"[^>]*>SOC 2<\/button><\/th><td[^>]*>40%<\/td><td[^>]*>—<\/td>/);
    expect(html).toContain("for 3 families:");
  });

  it("drops a measure no row has, and names the measures as told", () => {
    const classes = [
      { label: "Effective", tag: "class:effective", coverage: 62.5, compliance: null },
      { label: "Ineffective", tag: "class:ineffective", coverage: 12.5, compliance: null },
    ];
    const html = renderMarkup(
      <FrameworkBars rows={classes} rowNoun="class" coverageLabel="Share of controls" title="Classes" onSelect={noop} />,
    );
    expect(html).toContain('aria-label="Share of controls for 2 classes: share of controls from 13% (Ineffective) to 63% (Effective)."');
    expect(html).toMatch(/<th[^>]*>Class<\/th><th[^>]*>Share of controls<\/th><\/tr>/);
    expect(html).toMatch(/data-tag="class:effective"[^>]*>Effective<\/button><\/th><td[^>]*>63%<\/td><\/tr>/);
  });

  it("says what to do when there is no framework", () => {
    const html = renderMarkup(<FrameworkBars rows={[]} onSelect={noop} />);
    expect(html).toContain("Run a compliance analysis to see coverage and compliance per framework.");
    expect(html).not.toContain("data-tag=");
  });
});
