"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { ChartCard } from "./chart-card";
import { formatCount, plural } from "./chart-format";

export interface RiskHeatMapProps {
  title: string;
  /** cells[likelihood-1][impact-1] = number of risks, a 5×5 grid. */
  cells: number[][];
  /** Cell tags are `${tagPrefix}:${likelihood}-${impact}`, e.g. "heat:4-5". */
  tagPrefix: string;
  onSelect: (tag: string) => void;
  description?: ReactNode;
  actions?: ReactNode;
  emptyMessage?: string;
}

export type RiskSeverity = "low" | "medium" | "high" | "critical";

/** The rule behind the colours: likelihood × impact of 1–4 is low, 5–9 medium, 10–14 high, 15–25 critical. */
export function riskSeverity(likelihood: number, impact: number): RiskSeverity {
  const score = likelihood * impact;
  if (score >= 15) return "critical";
  if (score >= 10) return "high";
  return score >= 5 ? "medium" : "low";
}

// Tints rather than solid fills keep the foreground-coloured count readable in both themes.
const severityClass: Record<RiskSeverity, string> = {
  low: "bg-success/15 hover:bg-success/25",
  medium: "bg-warning/15 hover:bg-warning/25",
  high: "bg-warning/35 hover:bg-warning/45",
  critical: "bg-destructive/30 hover:bg-destructive/40",
};

const severityLegend: { severity: RiskSeverity; label: string }[] = [
  { severity: "low", label: "Low 1–4" },
  { severity: "medium", label: "Medium 5–9" },
  { severity: "high", label: "High 10–14" },
  { severity: "critical", label: "Critical 15–25" },
];

const LEVELS = [1, 2, 3, 4, 5] as const;
// Likelihood runs up the page, as on a paper risk matrix.
const LEVELS_TOP_DOWN = [5, 4, 3, 2, 1] as const;

const countAt = (cells: number[][], likelihood: number, impact: number) => cells[likelihood - 1]?.[impact - 1] ?? 0;

function describe(cells: number[][], total: number): string {
  let critical = 0;
  let busiest = { likelihood: 1, impact: 1, count: -1 };
  for (const likelihood of LEVELS_TOP_DOWN) {
    for (const impact of LEVELS) {
      const count = countAt(cells, likelihood, impact);
      if (riskSeverity(likelihood, impact) === "critical") critical += count;
      if (count > busiest.count) busiest = { likelihood, impact, count };
    }
  }
  return (
    `${plural(total, "risk")} by likelihood and impact; ${formatCount(critical)} critical (likelihood × impact of 15 or more). ` +
    `The fullest cell is likelihood ${busiest.likelihood}, impact ${busiest.impact} with ${plural(busiest.count, "risk")}.`
  );
}

/** 5×5 likelihood × impact matrix; every cell is a button that lists the risks in it. */
export function RiskHeatMap({
  title,
  cells,
  tagPrefix,
  onSelect,
  description = "Risks per likelihood (up) and impact (across); colour shows likelihood × impact.",
  actions,
  emptyMessage = "Run a risk analysis to see this heat map.",
}: RiskHeatMapProps) {
  let total = 0;
  for (const likelihood of LEVELS) for (const impact of LEVELS) total += countAt(cells, likelihood, impact);

  return (
    <ChartCard title={title} description={description} actions={actions} emptyMessage={total === 0 ? emptyMessage : undefined}>
      {total > 0 ? (
        <figure className="grid gap-3">
          <div className="flex items-stretch gap-2">
            <span aria-hidden className="flex items-center text-xs font-medium text-muted-foreground [writing-mode:vertical-rl] rotate-180">
              Likelihood
            </span>
            <div className="grid flex-1 grid-cols-[auto_repeat(5,minmax(0,1fr))] gap-1">
              {LEVELS_TOP_DOWN.map((likelihood) => [
                <span key={`l${likelihood}`} aria-hidden className="flex items-center pr-1 text-xs text-muted-foreground tabular-nums">
                  {likelihood}
                </span>,
                ...LEVELS.map((impact) => {
                  const count = countAt(cells, likelihood, impact);
                  const severity = riskSeverity(likelihood, impact);
                  const tag = `${tagPrefix}:${likelihood}-${impact}`;
                  return (
                    <button
                      key={tag}
                      type="button"
                      data-tag={tag}
                      aria-label={`Likelihood ${likelihood}, impact ${impact}: ${plural(count, "risk")}. Severity ${likelihood * impact}, ${severity}.`}
                      onClick={() => onSelect(tag)}
                      className={cn(
                        "flex min-h-11 items-center justify-center rounded-md text-sm tabular-nums transition-colors",
                        severityClass[severity],
                        // Zero cells are lighter by weight only: muted text on the darker tints falls below AA.
                        count === 0 ? "font-normal" : "font-semibold",
                      )}
                    >
                      {formatCount(count)}
                    </button>
                  );
                }),
              ])}
              <span aria-hidden />
              {LEVELS.map((impact) => (
                <span key={`i${impact}`} aria-hidden className="text-center text-xs text-muted-foreground tabular-nums">
                  {impact}
                </span>
              ))}
              <span aria-hidden />
              <span aria-hidden className="col-span-5 text-center text-xs font-medium text-muted-foreground">
                Impact
              </span>
            </div>
          </div>
          <ul aria-label="Severity colours" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
            {severityLegend.map(({ severity, label }) => (
              <li key={severity} className="flex items-center gap-1.5">
                <span aria-hidden className={cn("size-3 rounded-sm", severityClass[severity])} />
                {label}
              </li>
            ))}
          </ul>
          <figcaption className="text-xs text-muted-foreground">{describe(cells, total)}</figcaption>
        </figure>
      ) : null}
    </ChartCard>
  );
}
