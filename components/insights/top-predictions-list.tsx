"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { ChartCard } from "./chart-card";
import { formatProbability } from "./chart-format";

export interface PredictionItem {
  tag: string;
  /** ServiceNow number, e.g. "CTRL0001234". */
  number: string;
  name: string;
  /** Probability of failing the next test, 0-1. */
  probability: number;
  /** Plain-language reasons, most important first; the first three are shown. */
  reasons: string[];
}

export interface TopPredictionsListProps {
  items: PredictionItem[];
  onSelect: (tag: string) => void;
  title?: string;
  description?: ReactNode;
  actions?: ReactNode;
  emptyMessage?: string;
}

const MAX_REASONS = 3;

/** The rule behind the bar colour: red when failing is more likely than not (50% or more), amber below. */
export const isLikelyToFail = (probability: number) => probability >= 0.5;

/** Controls ranked by predicted probability of failure; each row opens the control. */
export function TopPredictionsList({
  items,
  onSelect,
  title = "Controls most likely to fail",
  description = "Predicted probability that the next test of each control fails, with the main reasons.",
  actions,
  emptyMessage = "Run a predictive analysis to see which controls are most likely to fail.",
}: TopPredictionsListProps) {
  return (
    <ChartCard title={title} description={description} actions={actions} emptyMessage={items.length === 0 ? emptyMessage : undefined}>
      {items.length > 0 ? (
        <ol className="grid gap-1">
          {items.map((item, index) => {
            const percent = Math.min(100, Math.max(0, Math.round(item.probability * 1000) / 10));
            return (
              // Controls in the same probability band share a tag, hence the index in the key.
              <li key={`${index}:${item.tag}`}>
                <button
                  type="button"
                  data-tag={item.tag}
                  onClick={() => onSelect(item.tag)}
                  className="grid w-full gap-1.5 rounded-lg px-3 py-2.5 text-left transition-colors hover:bg-accent"
                >
                  <span className="flex items-baseline gap-2">
                    <span className="shrink-0 font-mono text-xs text-muted-foreground">{item.number}</span>
                    <span className="min-w-0 flex-1 truncate text-sm font-medium">{item.name}</span>
                    <span className="shrink-0 text-sm font-semibold tabular-nums">
                      {formatProbability(item.probability)}
                      <span className="sr-only"> likely to fail.</span>
                    </span>
                  </span>
                  <span aria-hidden className="block h-1.5 overflow-hidden rounded-full bg-muted">
                    <span
                      className={cn("block h-full rounded-full", isLikelyToFail(item.probability) ? "bg-destructive" : "bg-warning")}
                      style={{ width: `${percent}%` }}
                    />
                  </span>
                  {item.reasons.length > 0 ? (
                    <span className="flex flex-wrap gap-1">
                      {item.reasons.slice(0, MAX_REASONS).map((reason) => (
                        // Not a Badge: badges never wrap, and a reason is a short sentence.
                        <span key={reason} className="rounded-full bg-muted px-2 py-0.5 text-xs text-muted-foreground">
                          {reason}
                        </span>
                      ))}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
    </ChartCard>
  );
}
