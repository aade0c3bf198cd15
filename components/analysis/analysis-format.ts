import type { AnalysisJob } from "@/lib/analysis/schemas";

export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

export const jobStatusLabel: Record<AnalysisJob["status"], string> = {
  queued: "Queued",
  running: "Running",
  succeeded: "Done",
  failed: "Failed",
  cancelled: "Cancelled",
};

export const jobStatusVariant = {
  queued: "secondary",
  running: "default",
  succeeded: "success",
  failed: "destructive",
  cancelled: "outline",
} as const satisfies Record<AnalysisJob["status"], string>;
