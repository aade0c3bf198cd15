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
  /** Percentages 0-100; null when the framework has nothing to measure it on. */
  coverage: number | null;
  compliance: number | null;
}

export interface FrameworkBarsProps {
  rows: FrameworkRow[];
  onSelect: (tag: string) => void;
  /** What a row is, for the summary and table header: "framework" or "family". */
  rowNoun?: string;
  title?: string;
  description?: ReactNode;
  actions?: ReactNode;
  emptyMessage?: string;
}

const ROW_HEIGHT = 40;
const AXIS_AND_LEGEND_HEIGHT = 64;
const MAX_TICK_CHARS = 22;

const truncate = (label: string) => (label.length > MAX_TICK_CHARS ? `${label.slice(0, MAX_TICK_CHARS - 1)}…` : label);

function extremes(rows: FrameworkRow[], key: "coverage" | "compliance"): string {
  const measured = rows.filter((row) => row[key] !== null);
  if (measured.length === 0) return `no ${key} figures`;
  const sorted = [...measured].sort((a, b) => a[key]! - b[key]!);
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  return measured.length === 1
    ? `${key} ${formatPercent(low[key])} (${low.label})`
    : `${key} from ${formatPercent(low[key])} (${low.label}) to ${formatPercent(high[key])} (${high.label})`;
}

function describe(rows: FrameworkRow[], rowNoun: string): string {
  return `Coverage and compliance for ${plural(rows.length, rowNoun)}: ${extremes(rows, "coverage")}; ${extremes(rows, "compliance")}.`;
}

/** Coverage and compliance side by side per framework or family; a row's bars list its requirements. */
export function FrameworkBars({
  rows,
  onSelect,
  rowNoun = "framework",
  title = "Coverage and compliance by framework",
  description = "Percent of requirements covered by controls, and percent met.",
  actions,
  emptyMessage = "Run a compliance analysis to see coverage and compliance per framework.",
}: FrameworkBarsProps) {
  const select = (item: { payload?: unknown }) => onSelect((item.payload as FrameworkRow).tag);
  return (
    <ChartCard title={title} description={description} actions={actions} emptyMessage={rows.length === 0 ? emptyMessage : undefined}>
      {rows.length > 0 ? (
        <ChartFigure
          summary={describe(rows, rowNoun)}
          height={AXIS_AND_LEGEND_HEIGHT + rows.length * ROW_HEIGHT}
          onSelect={onSelect}
          table={{
            caption: `${title}. Select a name to list its requirements.`,
            labelHeader: rowNoun.charAt(0).toUpperCase() + rowNoun.slice(1),
            columns: [{ header: "Coverage" }, { header: "Compliance" }],
            rows: rows.map((row) => ({
              tag: row.tag,
              label: row.label,
              cells: [formatPercent(row.coverage), formatPercent(row.compliance)],
            })),
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
              <Bar dataKey="coverage" name="Coverage" fill="var(--primary)" radius={[0, 3, 3, 0]} cursor="pointer" isAnimationActive={false} onClick={select} />
              <Bar dataKey="compliance" name="Compliance" fill="var(--success)" radius={[0, 3, 3, 0]} cursor="pointer" isAnimationActive={false} onClick={select} />
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>
      ) : null}
    </ChartCard>
  );
}
