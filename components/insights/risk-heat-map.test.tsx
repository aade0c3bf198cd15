import { describe, expect, it } from "vitest";
import { renderMarkup } from "@/lib/testing/render-markup";
import { RiskHeatMap, riskSeverity } from "./risk-heat-map";

const noop = () => {};

/** A 5×5 grid of zeros with the given counts at [likelihood, impact]. */
function grid(entries: [likelihood: number, impact: number, count: number][]): number[][] {
  const cells = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const [l, i, count] of entries) cells[l - 1]![i - 1] = count;
  return cells;
}

describe("RiskHeatMap", () => {
  const cells = grid([
    [5, 5, 2],
    [4, 5, 9],
    [1, 2, 3],
  ]);

  it("shows the title and a caption that summarises the grid", () => {
    const html = renderMarkup(<RiskHeatMap title="Residual risk" cells={cells} tagPrefix="residual" onSelect={noop} />);
    expect(html).toContain("Residual risk</h2>");
    // 2 + 9 + 3 = 14 risks; critical cells are L×I ≥ 15: 5×5 = 25 (2) and 4×5 = 20 (9) → 11.
    expect(html.match(/<figcaption[^>]*>([^<]*)<\/figcaption>/)?.[1]).toBe(
      "14 risks by likelihood and impact; 11 critical (likelihood × impact of 15 or more). " +
        "The fullest cell is likelihood 4, impact 5 with 9 risks.",
    );
  });

  it("renders 25 focusable cell buttons, likelihood 5 first, each tagged and named", () => {
    const html = renderMarkup(<RiskHeatMap title="Inherent risk" cells={cells} tagPrefix="inherent" onSelect={noop} />);
    const tags = [...html.matchAll(/<button[^>]*data-tag="([^"]+)"/g)].map((m) => m[1]);
    expect(tags).toHaveLength(25);
    expect(tags.slice(0, 5)).toEqual(["inherent:5-1", "inherent:5-2", "inherent:5-3", "inherent:5-4", "inherent:5-5"]);
    expect(tags[24]).toBe("inherent:1-5");
    expect(html).toMatch(/data-tag="inherent:4-5" aria-label="Likelihood 4, impact 5: 9 risks. Severity 20, critical."[^>]*>9<\/button>/);
    expect(html).toContain('aria-label="Likelihood 1, impact 2: 3 risks. Severity 2, low."');
    expect(html).toContain('aria-label="Likelihood 3, impact 3: 0 risks. Severity 9, medium."');
  });

  it("tolerates a short grid and says what to do when it holds no risk", () => {
    const html = renderMarkup(<RiskHeatMap title="Residual risk" cells={[[0]]} tagPrefix="residual" onSelect={noop} />);
    expect(html).toContain("Run a risk analysis to see this heat map.");
    expect(html).not.toContain("data-tag=");
  });

  it("bands likelihood × impact at 5, 10 and 15", () => {
    expect(riskSeverity(2, 2)).toBe("low"); // 4
    expect(riskSeverity(1, 5)).toBe("medium"); // 5
    expect(riskSeverity(3, 3)).toBe("medium"); // 9
    expect(riskSeverity(2, 5)).toBe("high"); // 10
    expect(riskSeverity(3, 4)).toBe("high"); // 12
    expect(riskSeverity(3, 5)).toBe("critical"); // 15
  });
});
