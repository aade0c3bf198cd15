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
  /** Lowest value in the bin; decides the bin's band and colour. */
  min: number;
  count: number;
  tag: string;
}

export type BandTone = "bad" | "mixed" | "good";

export interface ScoreBand {
  /** Bins whose `min` is at least this (and below the next band's `from`) belong to the band. */
  from: number;
  tone: BandTone;
  /** Completes "N controls …", e.g. "below 50". */
  label: string;
}

/** Effectiveness scores: below 50 weak (red), 50-79 partial (amber), 80 and above strong (green). */
export const EFFECTIVENESS_BANDS: ScoreBand[] = [
  { from: 0, tone: "bad", label: "below 50" },
  { from: 50, tone: "mixed", label: "from 50 to 79" },
  { from: 80, tone: "good", label: "at 80 or above" },
];

export interface ScoreDistributionChartProps {
  bins: ScoreBin[];
  onSelect: (tag: string) => void;
  /** Colour bands, lowest `from` first; the default suits effectiveness scores (higher is better). */
  bands?: ScoreBand[];
  /** What the bins measure, opening the accessible summary: "Effectiveness scores of 40 controls: …". */
  measure?: string;
  title?: string;
  description?: ReactNode;
  actions?: ReactNode;
  emptyMessage?: string;
}

const toneColor: Record<BandTone, string> = {
  bad: "var(--destructive)",
  mixed: "var(--warning)",
  good: "var(--success)",
};

/** Index of the band a bin belongs to: the last band whose `from` the bin reaches (the first when below all). */
export function bandIndex(bands: ScoreBand[], min: number): number {
  let index = 0;
  for (const [i, band] of bands.entries()) if (min >= band.from) index = i;
  return index;
}

function describe(bins: ScoreBin[], bands: ScoreBand[], measure: string, total: number): string {
  const perBand = bands.map(() => 0);
  for (const bin of bins) perBand[bandIndex(bands, bin.min)]! += bin.count;
  const largest = bins.reduce((best, bin) => (bin.count > best.count ? bin : best));
  const byBand = bands.map((band, i) => `${formatCount(perBand[i]!)} ${band.label}`).join(", ");
  return (
    `${measure} of ${plural(total, "control")}: ${byBand}. ` +
    `The largest group is ${largest.label} (${plural(largest.count, "control")}).`
  );
}

/** Histogram of controls per range, each bar coloured by its band; a bar lists its controls. */
export function ScoreDistributionChart({
  bins,
  onSelect,
  bands = EFFECTIVENESS_BANDS,
  measure = "Effectiveness scores",
  title = "Control effectiveness scores",
  description = "Controls per score range: red below 50, amber 50–79, green 80 and above.",
  actions,
  emptyMessage = "Run a control effectiveness analysis to see this chart.",
}: ScoreDistributionChartProps) {
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  const fill = (bin: ScoreBin) => toneColor[bands[bandIndex(bands, bin.min)]?.tone ?? "mixed"];
  return (
    <ChartCard title={title} description={description} actions={actions} emptyMessage={total === 0 ? emptyMessage : undefined}>
      {total > 0 ? (
        <ChartFigure
          summary={describe(bins, bands, measure, total)}
          onSelect={onSelect}
          table={{
            caption: `${title}. Select a range to list its controls.`,
            labelHeader: "Range",
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
              />
              <Bar
                dataKey="count"
                name="Controls"
                cursor="pointer"
                isAnimationActive={false}
                onClick={(item) => onSelect((item.payload as ScoreBin).tag)}
                shape={(props: BarShapeProps) => <Rectangle {...props} radius={[3, 3, 0, 0]} fill={fill(props.payload as ScoreBin)} />}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>
      ) : null}
    </ChartCard>
  );
}
