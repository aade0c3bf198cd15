"use client";

import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "./chart-card";
import { ChartFigure } from "./chart-figure";
import { formatPercent, plural } from "./chart-format";
import { chartAxisProps, chartGridProps, chartLegendStyle, chartTooltipStyle } from "./chart-theme";

export interface FrameworkRow {
  /** Framework or control family, e.g. "NIST 800-53 · AC Access Control". */
  label: string;
  tag: string;
  /** Percentages 0-100; null when the row has nothing to measure it on. */
  coverage: number | null;
  compliance: number | null;
}

export interface FrameworkBarsProps {
  rows: FrameworkRow[];
  onSelect: (tag: string) => void;
  /** What a row is, for the summary and table header: "framework" or "family". */
  rowNoun?: string;
  /** Names of the two measures in the legend, table and summary. */
  coverageLabel?: string;
  complianceLabel?: string;
  title?: string;
  description?: ReactNode;
  actions?: ReactNode;
  emptyMessage?: string;
}

type Measure = "coverage" | "compliance";

const ROW_HEIGHT = 40;
const AXIS_AND_LEGEND_HEIGHT = 64;
const MAX_TICK_CHARS = 22;

const truncate = (label: string) => (label.length > MAX_TICK_CHARS ? `${label.slice(0, MAX_TICK_CHARS - 1)}…` : label);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function extremes(rows: FrameworkRow[], key: Measure, name: string): string {
  const measured = rows
    .filter((row): row is FrameworkRow & Record<Measure, number> => row[key] !== null)
    .sort((a, b) => a[key] - b[key]);
  const low = measured[0];
  const high = measured[measured.length - 1];
  if (!low || !high) return `no ${name} figures`;
  return low === high
    ? `${name} ${formatPercent(low[key])} (${low.label})`
    : `${name} from ${formatPercent(low[key])} (${low.label}) to ${formatPercent(high[key])} (${high.label})`;
}

/** Coverage and compliance side by side per framework or family; a row's bars list what is behind it. */
export function FrameworkBars({
  rows,
  onSelect,
  rowNoun = "framework",
  coverageLabel = "Coverage",
  complianceLabel = "Compliance",
  title = "Coverage and compliance by framework",
  description = "Percent of requirements covered by controls, and percent met.",
  actions,
  emptyMessage = "Run a compliance analysis to see coverage and compliance per framework.",
}: FrameworkBarsProps) {
  // A chart fed only one measure (e.g. a share per class) draws one bar per row, without an empty column.
  const measures: { key: Measure; name: string; color: string }[] = [
    { key: "coverage" as const, name: coverageLabel, color: "var(--primary)" },
    { key: "compliance" as const, name: complianceLabel, color: "var(--success)" },
  ].filter((measure) => rows.some((row) => row[measure.key] !== null));
  const isEmpty = measures.length === 0;
  const summary =
    `${capitalise(measures.map((m) => m.name.toLowerCase()).join(" and "))} for ${plural(rows.length, rowNoun)}: ` +
    `${measures.map((m) => extremes(rows, m.key, m.name.toLowerCase())).join("; ")}.`;

  return (
    <ChartCard title={title} description={description} actions={actions} emptyMessage={isEmpty ? emptyMessage : undefined}>
      {isEmpty ? null : (
        <ChartFigure
          summary={summary}
          height={AXIS_AND_LEGEND_HEIGHT + rows.length * ROW_HEIGHT}
          onSelect={onSelect}
          table={{
            caption: `${title}. Select a name to see what is behind it.`,
            labelHeader: capitalise(rowNoun),
            columns: measures.map((m) => ({ header: m.name })),
            rows: rows.map((row) => ({ tag: row.tag, label: row.label, cells: measures.map((m) => formatPercent(row[m.key])) })),
          }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ top: 0, right: 12, bottom: 0, left: 0 }} barGap={2}>
              <CartesianGrid {...chartGridProps} horizontal={false} />
              <XAxis type="number" domain={[0, 100]} tickFormatter={(value: number) => `${value}%`} {...chartAxisProps} />
              <YAxis type="category" dataKey="label" width={150} tickFormatter={truncate} {...chartAxisProps} />
              <Tooltip
                cursor={{ fill: "var(--muted)" }}
                contentStyle={chartTooltipStyle}
                formatter={(value) => formatPercent(typeof value === "number" ? value : null)}
              />
              <Legend wrapperStyle={chartLegendStyle} />
              {measures.map((m) => (
                <Bar
                  key={m.key}
                  dataKey={m.key}
                  name={m.name}
                  fill={m.color}
                  radius={[0, 3, 3, 0]}
                  cursor="pointer"
                  isAnimationActive={false}
                  onClick={(item) => onSelect((item.payload as FrameworkRow).tag)}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>
      )}
    </ChartCard>
  );
}
