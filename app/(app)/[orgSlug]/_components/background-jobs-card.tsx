"use client";

import { AlertCircle, Loader2, Play, RefreshCw, Workflow } from "lucide-react";
import { errorMessage } from "@/components/api/api-fetch";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { JobsTable } from "./jobs-table";
import { useCancelJob, useRecentJobs, useRunTestJob } from "./use-jobs";

function JobsSkeleton() {
  return (
    <div className="grid gap-3" role="status" aria-label="Loading jobs">
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} className="h-12 w-full" />
      ))}
    </div>
  );
}

function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-destructive/30 bg-destructive/5 p-4 text-sm"
    >
      <AlertCircle aria-hidden className="size-4 shrink-0 text-destructive" />
      <p className="min-w-0 flex-1">Could not load jobs: {message}</p>
      <Button variant="outline" size="sm" onClick={onRetry}>
        <RefreshCw aria-hidden />
        Retry
      </Button>
    </div>
  );
}

export function BackgroundJobsCard({
  orgSlug,
  canCreate,
  canCancel,
}: {
  orgSlug: string;
  canCreate: boolean;
  canCancel: boolean;
}) {
  const jobs = useRecentJobs(orgSlug);
  const runTestJob = useRunTestJob(orgSlug);
  const cancelJob = useCancelJob(orgSlug);

  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="grid max-w-2xl gap-1.5">
            <CardTitle>Background jobs</CardTitle>
            <CardDescription>
              Syncs and analyses will run as background jobs that report progress and can be cancelled. A test
              job shows the runner at work.
            </CardDescription>
            {canCreate ? null : (
              <p className="text-xs text-muted-foreground">Your role can view jobs but not start them.</p>
            )}
          </div>
          <Button onClick={() => runTestJob.mutate()} disabled={!canCreate || runTestJob.isPending}>
            {runTestJob.isPending ? <Loader2 aria-hidden className="animate-spin" /> : <Play aria-hidden />}
            Run a test job
          </Button>
        </div>
      </CardHeader>
      <CardContent className="grid gap-4">
        {/* A failed refresh keeps the last list on screen; only a first load that fails replaces it. */}
        {jobs.isError ? <LoadError message={errorMessage(jobs.error)} onRetry={() => void jobs.refetch()} /> : null}
        {jobs.isPending ? (
          <JobsSkeleton />
        ) : !jobs.data ? null : jobs.data.data.length === 0 ? (
          <EmptyState
            icon={Workflow}
            headingLevel="h3"
            title="No jobs yet"
            description={
              canCreate
                ? "Run a test job to watch one move from queued to succeeded. Jobs started by instance syncs " +
                  "and analyses will be listed here too once those features ship."
                : "Jobs appear here when someone in this organization starts one. Ask a member whose role " +
                  "can start jobs to run a test job."
            }
          />
        ) : (
          <JobsTable
            jobs={jobs.data.data}
            allowCancel={canCancel}
            cancellingId={cancelJob.isPending ? (cancelJob.variables ?? null) : null}
            onCancel={(jobId) => cancelJob.mutate(jobId)}
          />
        )}
      </CardContent>
    </Card>
  );
}
