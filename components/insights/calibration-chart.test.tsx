import { describe, expect, it } from "vitest";
import { renderMarkup } from "@/lib/testing/render-markup";
import { CalibrationChart, type CalibrationChartProps } from "./calibration-chart";

const props: CalibrationChartProps = {
  bins: [
    { label: "0–20%", predicted: 0.1, observed: 0.12, count: 600, tag: "calibration:0" },
    { label: "20–40%", predicted: 0.3, observed: 0.45, count: 250, tag: "calibration:1" },
    { label: "40–100%", predicted: 0.62, observed: 0.58, count: 50, tag: "calibration:2" },
  ],
  auc: 0.8123,
  brier: 0.1417,
  baselineAuc: 0.7,
  baselineBrier: 0.13,
  ece: 0.0312,
  onSelect: () => {},
};

describe("CalibrationChart", () => {
  it("names the chart with the largest gap and each metric against the baseline", () => {
    const html = renderMarkup(<CalibrationChart {...props} />);
    expect(html).toContain("Prediction calibration</h2>");
    // Gaps: |0.12-0.10| = 0.02, |0.45-0.30| = 0.15, |0.58-0.62| = 0.04 → the 20–40% bin; 600+250+50 = 900 controls.
    // AUC 0.812 > 0.700 is better; Brier 0.142 > 0.130 is worse (lower is better).
    expect(html).toContain(
      'aria-label="Predicted against observed failure rate in 3 bins of 900 controls. ' +
        "Largest gap in bin 20–40%: predicted 30%, observed 45%. " +
        'AUC 0.812 (better than baseline), Brier score 0.142 (worse than baseline), calibration error 0.031."',
    );
  });

  it("shows the metrics table beside the chart, ECE without a baseline", () => {
    const html = renderMarkup(<CalibrationChart {...props} />);
    expect(html).toContain("Model against the baseline</caption>");
    expect(html).toMatch(/AUC<\/span>.*?<td[^>]*>0.812<\/td><td[^>]*>0.700<\/td>/);
    expect(html).toMatch(/Brier score<\/span>.*?<td[^>]*>0.142<\/td><td[^>]*>0.130<\/td>/);
    expect(html).toMatch(/Calibration error \(ECE\)<\/span>.*?<td[^>]*>0.031<\/td><td[^>]*>—<\/td>/);
  });

  it("lists the bins in the data table with their drill-down tags", () => {
    const html = renderMarkup(<CalibrationChart {...props} />);
    expect(html).toMatch(/data-tag="calibration:1"[^>]*>20–40%<\/button><\/th><td[^>]*>30%<\/td><td[^>]*>45%<\/td><td[^>]*>250<\/td>/);
    expect([...html.matchAll(/data-tag="([^"]+)"/g)].map((m) => m[1])).toEqual(["calibration:0", "calibration:1", "calibration:2"]);
  });

  it("says what to do without predictions, and shows dashes for metrics that could not be computed", () => {
    const empty = renderMarkup(<CalibrationChart {...props} bins={[]} />);
    expect(empty).toContain("Run a predictive analysis to see how well its predictions match what happened.");
    expect(empty).not.toContain("data-tag=");
    const noAuc = renderMarkup(<CalibrationChart {...props} auc={null} />);
    expect(noAuc).toContain("AUC —, Brier score");
  });
});
