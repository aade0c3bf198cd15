"use client";

import Link from "next/link";
import { Loader2, RotateCcw, Square, Trash2 } from "lucide-react";
import { ENGINE_LABELS } from "@/lib/analysis/engine-labels";
import type { AnalysisJob } from "@/lib/analysis/schemas";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatDuration, jobStatusLabel, jobStatusVariant } from "./analysis-format";
import { isActiveJob } from "./use-analysis-jobs";

export interface AnalysisJobListProps {
  orgSlug: string;
  jobs: AnalysisJob[];
  instanceNames: Record<string, string>;
  canRun: boolean;
  canRemove: boolean;
  busyJobId: string | null;
  onRemove: (job: AnalysisJob) => void;
  onRerun: (job: AnalysisJob) => void;
}

/** Analysis jobs, newest first: live progress while running, timings and a link to the insights when done. */
export function AnalysisJobList({ orgSlug, jobs, instanceNames, canRun, canRemove, busyJobId, onRemove, onRerun }: AnalysisJobListProps) {
  return (
    <ul className="grid gap-3" aria-label="Analysis jobs">
      {jobs.map((job) => {
        const title = `${job.engines.map((e) => ENGINE_LABELS[e]).join(", ")} · ${instanceNames[job.instanceId] ?? "Deleted instance"}`;
        const active = isActiveJob(job);
        return (
          <li key={job.id} className="grid gap-3 rounded-lg border p-4" aria-label={title}>
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="grid gap-1">
                <p className="text-sm font-medium">{title}</p>
                <p className="text-xs text-muted-foreground">
                  {job.replayOf ? "Replay of a past sync · " : ""}
                  Started {new Date(job.createdAt).toLocaleString()} · took {formatDuration(job.runMs)}
                </p>
              </div>
              <Badge variant={jobStatusVariant[job.status]}>{jobStatusLabel[job.status]}</Badge>
            </div>
            {active ? (
              <div aria-live="polite">
                <ProgressBar value={job.progress} label={job.progressLabel ?? "Waiting to start"} />
              </div>
            ) : null}
            {job.error ? (
              <p role="alert" className="text-sm text-destructive">
                {job.error}
              </p>
            ) : null}
            {job.insights.length > 0 ? (
              <ul className="flex flex-wrap gap-2 text-xs" aria-label="Engine timings">
                {job.insights.map((i) => (
                  <li key={i.insightId} className="rounded-md bg-muted px-2 py-1 tabular-nums">
                    {ENGINE_LABELS[i.engine]}: {formatDuration(i.durationMs)}
                  </li>
                ))}
              </ul>
            ) : null}
            <div className="flex flex-wrap gap-2">
              {job.status === "succeeded" ? (
                <Link href={`/${orgSlug}/insights/${job.instanceId}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
                  View insights
                </Link>
              ) : null}
              {canRun && !active ? (
                <Button size="sm" variant="outline" onClick={() => onRerun(job)} disabled={busyJobId === job.id}>
                  <RotateCcw aria-hidden />
                  Re-run
                </Button>
              ) : null}
              {canRemove ? (
                <Button size="sm" variant="outline" onClick={() => onRemove(job)} disabled={busyJobId === job.id}>
                  {busyJobId === job.id ? <Loader2 aria-hidden className="animate-spin" /> : active ? <Square aria-hidden /> : <Trash2 aria-hidden />}
                  {active ? "Cancel" : "Delete"}
                </Button>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
