import { ArrowDownRight, ArrowUpRight } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { formatCount } from "./chart-format";

export interface KeyFigure {
  label: string;
  /** Numbers are formatted with thousands separators; strings are shown as given ("71.2%", "3 of 40"). */
  value: string | number;
  /** A short line under the value, e.g. "+4 since the last run". */
  hint?: string;
  /** Direction since the previous run; null or absent when unchanged or unknown. */
  trend?: "up" | "down" | null;
  /** Whether the change is an improvement; colours the arrow green (true) or red (false), muted when absent. */
  good?: boolean;
}

export interface KeyFiguresProps {
  figures: KeyFigure[];
  /** Names the group for screen readers. */
  label?: string;
  emptyMessage?: string;
}

function TrendMark({ trend, good }: Pick<KeyFigure, "trend" | "good">) {
  if (!trend) return null;
  const Arrow = trend === "up" ? ArrowUpRight : ArrowDownRight;
  const judgement = good === undefined ? "" : good ? ", an improvement" : ", a deterioration";
  return (
    <span className={cn("flex items-center", good === undefined ? "text-muted-foreground" : good ? "text-success" : "text-destructive")}>
      <Arrow aria-hidden className="size-4" />
      <span className="sr-only">
        {trend === "up" ? "Up" : "Down"}
        {judgement}
      </span>
    </span>
  );
}

/** The headline numbers of an analysis as a grid of small cards. */
export function KeyFigures({
  figures,
  label = "Key figures",
  emptyMessage = "Run an analysis to see its key figures.",
}: KeyFiguresProps) {
  if (figures.length === 0) {
    return <p className="rounded-xl border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">{emptyMessage}</p>;
  }
  return (
    <section aria-label={label}>
      <dl className="grid grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-3">
        {figures.map((figure) => (
          <div key={figure.label} className="flex flex-col gap-1 rounded-xl border bg-card p-4 text-card-foreground shadow-xs">
            <dt className="text-xs font-medium text-muted-foreground">{figure.label}</dt>
            <dd className="flex items-center gap-1.5 text-2xl font-semibold tracking-tight tabular-nums">
              {typeof figure.value === "number" ? formatCount(figure.value) : figure.value}
              <TrendMark trend={figure.trend} good={figure.good} />
            </dd>
            {figure.hint ? <dd className="text-xs text-muted-foreground">{figure.hint}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
