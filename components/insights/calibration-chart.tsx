"use client";

import type { ReactNode } from "react";
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { ChartCard } from "./chart-card";
import { ChartFigure } from "./chart-figure";
import { formatCount, formatDecimal, formatProbability, plural } from "./chart-format";
import { chartAxisProps, chartGridProps, chartTooltipStyle } from "./chart-theme";

export interface CalibrationBin {
  /** e.g. "30–40%". */
  label: string;
  /** Mean predicted probability of failure in the bin, 0-1. */
  predicted: number;
  /** Share of the bin's controls that did fail, 0-1. */
  observed: number;
  count: number;
  tag: string;
}

export interface CalibrationChartProps {
  bins: CalibrationBin[];
  /** Area under the ROC curve, 0-1; null when it cannot be computed (one class only). */
  auc: number | null;
  brier: number | null;
  baselineAuc: number | null;
  baselineBrier: number | null;
  /** Expected calibration error, 0-1. */
  ece: number | null;
  onSelect: (tag: string) => void;
  title?: string;
  description?: ReactNode;
  actions?: ReactNode;
  emptyMessage?: string;
}

function verdict(model: number | null, baseline: number | null, higherIsBetter: boolean): string {
  if (model === null || baseline === null) return "";
  if (model === baseline) return " (same as baseline)";
  return (model > baseline) === higherIsBetter ? " (better than baseline)" : " (worse than baseline)";
}

function describe(props: CalibrationChartProps): string {
  const { bins, auc, brier, baselineAuc, baselineBrier, ece } = props;
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  const widest = bins.reduce((worst, bin) =>
    Math.abs(bin.observed - bin.predicted) > Math.abs(worst.observed - worst.predicted) ? bin : worst,
  );
  return (
    `Predicted against observed failure rate in ${plural(bins.length, "bin")} of ${plural(total, "control")}. ` +
    `Largest gap in bin ${widest.label}: predicted ${formatProbability(widest.predicted)}, observed ${formatProbability(widest.observed)}. ` +
    `AUC ${formatDecimal(auc)}${verdict(auc, baselineAuc, true)}, Brier score ${formatDecimal(brier)}${verdict(brier, baselineBrier, false)}, ` +
    `calibration error ${formatDecimal(ece)}.`
  );
}

function MetricsTable({ auc, brier, baselineAuc, baselineBrier, ece }: CalibrationChartProps) {
  const rows = [
    { metric: "AUC", hint: "higher is better", model: auc, baseline: baselineAuc },
    { metric: "Brier score", hint: "lower is better", model: brier, baseline: baselineBrier },
    { metric: "Calibration error (ECE)", hint: "lower is better", model: ece, baseline: null },
  ];
  return (
    <table className="w-full self-start border-collapse text-sm">
      <caption className="pb-2 text-left text-xs font-medium text-muted-foreground">Model against the baseline</caption>
      <thead>
        <tr className="border-b">
          <th scope="col" className="py-1.5 pr-3 text-left text-xs font-medium text-muted-foreground">
            Metric
          </th>
          <th scope="col" className="px-2 py-1.5 text-right text-xs font-medium text-muted-foreground">
            Model
          </th>
          <th scope="col" className="py-1.5 pl-2 text-right text-xs font-medium text-muted-foreground">
            Baseline
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.metric} className="border-b last:border-b-0">
            <th scope="row" className="py-2 pr-3 text-left font-normal">
              <span className="block font-medium">{row.metric}</span>
              <span className="block text-xs text-muted-foreground">{row.hint}</span>
            </th>
            <td className="px-2 py-2 text-right font-medium tabular-nums">{formatDecimal(row.model)}</td>
            <td className="py-2 pl-2 text-right tabular-nums text-muted-foreground">{formatDecimal(row.baseline)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Reliability diagram: dots on the dashed diagonal mean the predicted probabilities came true as often as stated. */
export function CalibrationChart(props: CalibrationChartProps) {
  const {
    bins,
    onSelect,
    title = "Prediction calibration",
    description = "Predicted failure probability against the share of controls that failed; the diagonal is perfect calibration.",
    actions,
    emptyMessage = "Run a predictive analysis to see how well its predictions match what happened.",
  } = props;
  const isEmpty = bins.every((bin) => bin.count === 0);
  return (
    <ChartCard title={title} description={description} actions={actions} emptyMessage={isEmpty ? emptyMessage : undefined}>
      {isEmpty ? null : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <ChartFigure
            summary={describe(props)}
            onSelect={onSelect}
            table={{
              caption: `${title}. Select a bin to list its controls.`,
              labelHeader: "Bin",
              columns: [{ header: "Predicted" }, { header: "Observed" }, { header: "Controls" }],
              rows: bins.map((bin) => ({
                tag: bin.tag,
                label: bin.label,
                cells: [formatProbability(bin.predicted), formatProbability(bin.observed), formatCount(bin.count)],
              })),
            }}
          >
            <ResponsiveContainer width="100%" height="100%">
              <ScatterChart accessibilityLayer={false} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
                <CartesianGrid {...chartGridProps} />
                <XAxis type="number" dataKey="predicted" name="Predicted" domain={[0, 1]} tickFormatter={(v: number) => formatProbability(v)} {...chartAxisProps} />
                <YAxis type="number" dataKey="observed" name="Observed" domain={[0, 1]} width={44} tickFormatter={(v: number) => formatProbability(v)} {...chartAxisProps} />
                <ZAxis type="number" dataKey="count" name="Controls" range={[30, 300]} />
                <ReferenceLine segment={[{ x: 0, y: 0 }, { x: 1, y: 1 }]} stroke="var(--muted-foreground)" strokeDasharray="4 4" />
                <Tooltip
                  contentStyle={chartTooltipStyle}
                  formatter={(value, name) =>
                    typeof value !== "number" ? value : name === "Controls" ? formatCount(value) : formatProbability(value)
                  }
                />
                <Scatter
                  data={bins}
                  name="Bins"
                  fill="var(--primary)"
                  line={{ stroke: "var(--primary)", strokeWidth: 1.5 }}
                  cursor="pointer"
                  isAnimationActive={false}
                  onClick={(item) => onSelect((item.payload as CalibrationBin).tag)}
                />
              </ScatterChart>
            </ResponsiveContainer>
          </ChartFigure>
          <MetricsTable {...props} />
        </div>
      )}
    </ChartCard>
  );
}
