import type { Job } from "@/lib/jobs/schemas";
import type { BadgeVariant } from "@/components/ui/badge";
import type { ProgressTone } from "@/components/ui/progress-bar";

type JobStatus = Job["status"];

export const statusLabel: Record<JobStatus, string> = {
  queued: "Queued",
  running: "Running",
  succeeded: "Succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
};

export const statusBadge: Record<JobStatus, BadgeVariant> = {
  queued: "secondary",
  running: "default",
  succeeded: "success",
  failed: "destructive",
  cancelled: "warning",
};

export const statusTone: Record<JobStatus, ProgressTone> = {
  queued: "muted",
  running: "default",
  succeeded: "success",
  failed: "destructive",
  cancelled: "muted",
};

// What the bar says when the job itself has not reported a label.
const fallbackProgressLabel: Record<JobStatus, string> = {
  queued: "Waiting for a worker",
  running: "Working",
  succeeded: "Done",
  failed: "Stopped by an error",
  cancelled: "Cancelled",
};

export const progressLabel = (job: Job) => job.progressLabel ?? fallbackProgressLabel[job.status];

export const canCancel = (job: Job) => job.status === "queued" || job.status === "running";

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

export const formatTime = (iso: string) => timeFormat.format(new Date(iso));
export const formatFull = (iso: string) => fullFormat.format(new Date(iso));

export function formatDuration(fromIso: string, toIso: string): string {
  const ms = Math.max(0, new Date(toIso).getTime() - new Date(fromIso).getTime());
  if (ms < 1_000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1_000)} s`;
}
