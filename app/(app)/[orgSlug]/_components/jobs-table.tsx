"use client";

import { Ban, Loader2 } from "lucide-react";
import type { Job } from "@/lib/jobs/schemas";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { ProgressBar } from "@/components/ui/progress-bar";
import {
  canCancel,
  formatDuration,
  formatFull,
  formatTime,
  progressLabel,
  statusBadge,
  statusLabel,
  statusTone,
} from "./job-format";

function JobTimes({ job }: { job: Job }) {
  return (
    <div className="grid gap-0.5 text-xs whitespace-nowrap">
      <time dateTime={job.createdAt} title={formatFull(job.createdAt)} className="tabular-nums">
        {formatTime(job.createdAt)}
      </time>
      <span className="text-muted-foreground">
        {job.startedAt && job.finishedAt
          ? `took ${formatDuration(job.startedAt, job.finishedAt)}`
          : job.startedAt
            ? `started ${formatTime(job.startedAt)}`
            : job.finishedAt
              ? `ended ${formatTime(job.finishedAt)}`
              : "not started"}
      </span>
    </div>
  );
}

export function JobsTable({
  jobs,
  allowCancel,
  cancellingId,
  onCancel,
}: {
  jobs: Job[];
  allowCancel: boolean;
  /** The job whose cancellation is in flight, so only its button shows the wait. */
  cancellingId: string | null;
  onCancel: (jobId: string) => void;
}) {
  const columns: DataTableColumn<Job>[] = [
    {
      id: "function",
      header: "Job",
      className: "min-w-36",
      sortValue: (job) => job.functionId,
      cell: (job) => (
        <div className="grid min-w-0 gap-0.5">
          <span className="truncate font-mono text-xs font-medium">{job.functionId}</span>
          <span className="truncate font-mono text-xs text-muted-foreground" title={job.id}>
            {job.id.slice(0, 8)}
          </span>
        </div>
      ),
    },
    {
      id: "status",
      header: "Status",
      sortValue: (job) => statusLabel[job.status],
      cell: (job) => <Badge variant={statusBadge[job.status]}>{statusLabel[job.status]}</Badge>,
    },
    {
      id: "progress",
      header: "Progress",
      className: "w-[40%] min-w-48",
      sortValue: (job) => job.progress,
      cell: (job) => (
        <div className="grid gap-1">
          <ProgressBar value={job.progress} label={progressLabel(job)} tone={statusTone[job.status]} />
          {job.error ? <p className="text-xs text-destructive">{job.error}</p> : null}
        </div>
      ),
    },
    {
      id: "created",
      header: "Created",
      sortValue: (job) => job.createdAt,
      cell: (job) => <JobTimes job={job} />,
    },
    {
      id: "actions",
      header: "Actions",
      hideHeader: true,
      align: "right",
      cell: (job) =>
        canCancel(job) && allowCancel ? (
          <Button
            variant="outline"
            size="sm"
            onClick={() => onCancel(job.id)}
            disabled={cancellingId === job.id}
            aria-label={`Cancel job ${job.functionId} ${job.id.slice(0, 8)}`}
          >
            {cancellingId === job.id ? <Loader2 aria-hidden className="animate-spin" /> : <Ban aria-hidden />}
            Cancel
          </Button>
        ) : null,
    },
  ];

  return (
    <DataTable
      columns={columns}
      rows={jobs}
      getRowId={(job) => job.id}
      caption="Recent background jobs, newest first"
      initialSort={{ columnId: "created", direction: "desc" }}
      pageSizeOptions={[5, 10]}
    />
  );
}
