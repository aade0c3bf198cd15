import { describe, expect, it } from "vitest";
import { renderMarkup } from "@/lib/testing/render-markup";
import { TopPredictionsList, isLikelyToFail } from "./top-predictions-list";

const noop = () => {};

const items = [
  {
    tag: "control:a",
    number: "CTRL0001",
    name: "Quarterly access review",
    probability: 0.724,
    reasons: ["Failed 4 of its last 6 tests", "Overdue by 4 months", "Owner changed", "Linked to 3 open issues"],
  },
  { tag: "control:b", number: "CTRL0002", name: "Backup restore test", probability: 0.31, reasons: [] },
];

describe("TopPredictionsList", () => {
  it("renders an ordered list of buttons tagged per control, named with number, name and probability", () => {
    const html = renderMarkup(<TopPredictionsList items={items} onSelect={noop} />);
    expect(html).toContain("Controls most likely to fail</h2>");
    expect(html).toContain("<ol");
    expect([...html.matchAll(/<button[^>]*data-tag="([^"]+)"/g)].map((m) => m[1])).toEqual(["control:a", "control:b"]);
    expect(html).toContain("CTRL0001");
    expect(html).toContain("Quarterly access review");
    // 0.724 → 72%.
    expect(html).toContain('72%<span class="sr-only"> likely to fail.</span>');
    expect(html).toContain("width:72.4%");
  });

  it("shows at most three reasons as chips", () => {
    const html = renderMarkup(<TopPredictionsList items={items} onSelect={noop} />);
    expect(html).toContain("Failed 4 of its last 6 tests");
    expect(html).toContain("Owner changed");
    expect(html).not.toContain("Linked to 3 open issues");
  });

  it("colours the bar red from 50% up", () => {
    expect([0.49, 0.5, 0.9].map(isLikelyToFail)).toEqual([false, true, true]);
    const html = renderMarkup(<TopPredictionsList items={items} onSelect={noop} />);
    expect(html).toMatch(/bg-destructive" style="width:72/);
    expect(html).toMatch(/bg-warning" style="width:31/);
  });

  it("says what to do without predictions", () => {
    const html = renderMarkup(<TopPredictionsList items={[]} onSelect={noop} />);
    expect(html).toContain("Run a predictive analysis to see which controls are most likely to fail.");
  });
});
