"use client";

import type { ReactNode } from "react";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "./chart-card";
import { ChartFigure } from "./chart-figure";
import { formatDate, formatMeasure, formatShortDate } from "./chart-format";
import { chartAxisProps, chartGridProps, chartLegendStyle, chartTooltipStyle, seriesColors } from "./chart-theme";

export interface TrendSeries {
  /** Key of the series in each point's `values`. */
  key: string;
  label: string;
  /** Appended to values, e.g. "%". */
  unit?: string;
}

export interface TrendPoint {
  /** ISO date or date-time of the run. */
  x: string;
  /** Drill-down key of the run, e.g. "run:<insight id>". */
  tag: string;
  /** Value per series key; null (or missing) leaves a gap in that line. */
  values: Record<string, number | null>;
}

export interface TrendChartProps {
  title: string;
  series: TrendSeries[];
  points: TrendPoint[];
  onSelect: (tag: string) => void;
  description?: ReactNode;
  actions?: ReactNode;
  emptyMessage?: string;
}

function formatValue(value: number | null | undefined, unit = ""): string {
  return value === null || value === undefined ? "—" : `${formatMeasure(value)}${unit}`;
}

function describe(series: TrendSeries[], points: TrendPoint[]): string {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const changes = series.map((s) => {
    const values = points.map((p) => p.values[s.key]).filter((v): v is number => v !== null && v !== undefined);
    if (values.length === 0) return `${s.label} has no values`;
    if (values.length === 1) return `${s.label} was ${formatValue(values[0], s.unit)} in the only run that measured it`;
    return `${s.label} went from ${formatValue(values[0], s.unit)} to ${formatValue(values[values.length - 1], s.unit)}`;
  });
  const span = points.length === 1 ? `on ${formatDate(first.x)}` : `from ${formatDate(first.x)} to ${formatDate(last.x)}`;
  return `${points.length} ${points.length === 1 ? "run" : "runs"} ${span}. ${changes.join("; ")}.`;
}

/** Several named series over time; clicking near a run (or its table row) drills into that run. */
export function TrendChart({
  title,
  series,
  points,
  onSelect,
  description,
  actions,
  emptyMessage = "Run the analysis after each sync to see how these figures change over time.",
}: TrendChartProps) {
  const sorted = [...points].sort((a, b) => Date.parse(a.x) - Date.parse(b.x));
  const isEmpty = sorted.length === 0 || series.length === 0;
  // Recharts wants flat rows; series get positional keys so a series named "at" cannot clash.
  const data = sorted.map((p) => {
    const row: Record<string, number | null> = { at: Date.parse(p.x) };
    for (const [index, s] of series.entries()) row[`s${index}`] = p.values[s.key] ?? null;
    return row;
  });

  return (
    <ChartCard title={title} description={description} actions={actions} emptyMessage={isEmpty ? emptyMessage : undefined}>
      {isEmpty ? null : (
        <ChartFigure
          summary={describe(series, sorted)}
          onSelect={onSelect}
          table={{
            caption: `${title}. Select a date to open that run.`,
            labelHeader: "Date",
            columns: series.map((s) => ({ header: s.label })),
            rows: sorted.map((p) => ({
              tag: p.tag,
              label: <time dateTime={p.x}>{formatDate(p.x)}</time>,
              cells: series.map((s) => formatValue(p.values[s.key], s.unit)),
            })),
          }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <LineChart
              data={data}
              accessibilityLayer={false}
              margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
              style={{ cursor: "pointer" }}
              onClick={(state) => {
                const point = sorted[Number(state.activeTooltipIndex)];
                if (point) onSelect(point.tag);
              }}
            >
              <CartesianGrid {...chartGridProps} vertical={false} />
              <XAxis
                dataKey="at"
                type="number"
                scale="time"
                domain={["dataMin", "dataMax"]}
                tickFormatter={(value: number) => formatShortDate(new Date(value).toISOString())}
                {...chartAxisProps}
              />
              <YAxis width={48} {...chartAxisProps} />
              <Tooltip
                contentStyle={chartTooltipStyle}
                formatter={(value) => (typeof value === "number" ? formatMeasure(value) : value)}
                labelFormatter={(value) => formatDate(new Date(Number(value)).toISOString())}
              />
              <Legend wrapperStyle={chartLegendStyle} />
              {series.map((s, index) => (
                <Line
                  key={s.key}
                  type="monotone"
                  dataKey={`s${index}`}
                  name={s.label}
                  unit={s.unit}
                  stroke={seriesColors[index % seriesColors.length]}
                  strokeWidth={2}
                  dot={{ r: 2 }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </ChartFigure>
      )}
    </ChartCard>
  );
}
