"use client";

import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import { ChartCard } from "./chart-card";
import { ChartFigure } from "./chart-figure";
import { formatCount, plural } from "./chart-format";
import { chartAxisProps, chartGridProps, chartTooltipStyle } from "./chart-theme";

export interface ScoreBin {
  /** Shown on the axis, e.g. "40–49". */
  label: string;
  /** Lowest score in the bin (0-100); decides the bin's band and colour. */
  min: number;
  count: number;
  tag: string;
}

export interface ScoreDistributionChartProps {
  bins: ScoreBin[];
  onSelect: (tag: string) => void;
  title?: string;
  description?: ReactNode;
  actions?: ReactNode;
  emptyMessage?: string;
}

type Band = "weak" | "partial" | "strong";

/** The rule behind the colours: below 50 weak, 50-79 partial, 80 and above strong. */
export function scoreBand(min: number): Band {
  if (min < 50) return "weak";
  return min < 80 ? "partial" : "strong";
}

const bandColor: Record<Band, string> = {
  weak: "var(--destructive)",
  partial: "var(--warning)",
  strong: "var(--success)",
};

function describe(bins: ScoreBin[], total: number): string {
  const byBand = { weak: 0, partial: 0, strong: 0 };
  for (const bin of bins) byBand[scoreBand(bin.min)] += bin.count;
  const largest = bins.reduce((best, bin) => (bin.count > best.count ? bin : best));
  return (
    `Effectiveness scores of ${plural(total, "control")}: ${formatCount(byBand.weak)} below 50, ` +
    `${formatCount(byBand.partial)} from 50 to 79, ${formatCount(byBand.strong)} at 80 or above. ` +
    `The largest group scores ${largest.label} (${plural(largest.count, "control")}).`
  );
}

/** Histogram of control effectiveness scores, each bar coloured by its band; a bar lists its controls. */
export function ScoreDistributionChart({
  bins,
  onSelect,
  title = "Control effectiveness scores",
  description = "Controls per score range: red below 50, amber 50–79, green 80 and above.",
  actions,
  emptyMessage = "Run a control effectiveness analysis to see this chart.",
}: ScoreDistributionChartProps) {
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  return (
    <ChartCard title={title} description={description} actions={actions} emptyMessage={total === 0 ? emptyMessage : undefined}>
      {total > 0 ? (
        <ChartFigure
          summary={describe(bins, total)}
          onSelect={onSelect}
          table={{
            caption: `${title}. Select a score range to list its controls.`,
            labelHeader: "Score range",
            columns: [{ header: "Controls" }],
            rows: bins.map((bin) => ({ tag: bin.tag, label: bin.label, cells: [formatCount(bin.count)] })),
          }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={bins} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid {...chartGridProps} vertical={false} />
              <XAxis dataKey="label" {...chartAxisProps} interval="preserveStartEnd" />
              <YAxis allowDecimals={false} width={48} {...chartAxisProps} />
              <Tooltip
                cursor={{ fill: "var(--muted)" }}
                contentStyle={chartTooltipStyle}
                formatter={(value) => [formatCount(Number(value)), "Controls"]}
                labelFormatter={(label) => `Score ${label}`}
              />
              <Bar
                dataKey="count"
                name="Controls"
                cursor="pointer"
                isAnimationActive={false}
                onClick={(item) => onSelect((item.payload as ScoreBin).tag)}
                shape={(props: BarShapeProps) => (
                  <Rectangle {...props} radius={[3, 3, 0, 0]} fill={bandColor[scoreBand((props.payload as ScoreBin).min)]} />
                )}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>
      ) : null}
    </ChartCard>
  );
}
