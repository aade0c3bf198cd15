"use client";

import { useId } from "react";
import { Progress } from "radix-ui";
import { cn } from "./cn";

export type ProgressTone = "default" | "success" | "destructive" | "muted";

const tones: Record<ProgressTone, string> = {
  default: "bg-primary",
  success: "bg-success",
  destructive: "bg-destructive",
  muted: "bg-muted-foreground/50",
};

export interface ProgressBarProps {
  /** Percentage from 0 to 100; values outside are clamped. */
  value: number;
  /** Names the bar for everyone: shown above it and used as its accessible name. */
  label: string;
  tone?: ProgressTone;
  className?: string;
}

export function ProgressBar({ value, label, tone = "default", className }: ProgressBarProps) {
  const labelId = useId();
  const percent = Math.round(Math.min(100, Math.max(0, Number.isFinite(value) ? value : 0)));
  return (
    <div className={cn("grid gap-1.5", className)}>
      <div className="flex items-baseline justify-between gap-3 text-xs">
        <span id={labelId} className="truncate text-muted-foreground">
          {label}
        </span>
        {/* Screen readers get the value from aria-valuetext; the visible number is for sighted users. */}
        <span aria-hidden className="font-medium tabular-nums">
          {percent}%
        </span>
      </div>
      <Progress.Root
        value={percent}
        max={100}
        aria-labelledby={labelId}
        getValueLabel={(v) => `${v}%`}
        className="relative h-1.5 w-full overflow-hidden rounded-full bg-muted"
      >
        <Progress.Indicator
          className={cn("h-full w-full rounded-full transition-transform duration-500 ease-out", tones[tone])}
          style={{ transform: `translateX(-${100 - percent}%)` }}
        />
      </Progress.Root>
    </div>
  );
}
