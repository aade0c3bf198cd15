"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, errorMessage } from "@/components/api/api-fetch";
import { useToast } from "@/components/ui/toast";
import type { EngineId } from "@/lib/analysis/engine";
import type { AnalysisAccepted, AnalysisJob } from "@/lib/analysis/schemas";

export interface AnalysisJobsPage {
  data: AnalysisJob[];
  nextCursor: string | null;
}

export const analysisJobsKey = ["analysis-jobs"] as const;

export const isActiveJob = (job: AnalysisJob) => job.status === "queued" || job.status === "running";

/** The newest analysis jobs; polled every second while one is queued or running. */
export function useAnalysisJobs(orgSlug: string, initial: AnalysisJobsPage) {
  return useQuery({
    queryKey: analysisJobsKey,
    queryFn: ({ signal }) => apiFetch<AnalysisJobsPage>("/api/v1/analysis/jobs?limit=25", { orgSlug, signal }),
    initialData: initial,
    staleTime: 0,
    // Live while a job moves; every few seconds otherwise, so the analysis a sync starts shows up.
    refetchInterval: (query) => (query.state.data?.data.some(isActiveJob) ? 1_000 : 3_000),
  });
}

export interface StartRequest {
  instanceId: string;
  engines: EngineId[];
  options?: Partial<Record<EngineId, unknown>>;
}

/** A job the server just accepted, shown at once as queued until the next poll brings its real state. */
function acceptedJob(jobId: string, instanceId: string, engine: EngineId): AnalysisJob {
  return {
    id: jobId,
    functionId: "analysis-run",
    status: "queued",
    progress: 0,
    progressLabel: "Queued",
    attempt: 0,
    result: null,
    error: null,
    createdAt: new Date().toISOString(),
    startedAt: null,
    finishedAt: null,
    instanceId,
    engines: [engine],
    replayOf: null,
    insights: [],
    runMs: null,
  };
}

/** Starts one job per engine through the engine's own route, as an API client would. */
export function useStartAnalysis(orgSlug: string) {
  const queryClient = useQueryClient();
  const { toast } = useToast();
  return useMutation({
    mutationFn: async ({ instanceId, engines, options }: StartRequest) => {
      const accepted: AnalysisAccepted[] = [];
      for (const engine of engines) {
        const body = { instanceId, ...(options?.[engine] ? { options: options[engine] } : {}) };
        const { jobId } = await apiFetch<AnalysisAccepted>(`/api/v1/analysis/${engine}`, { orgSlug, method: "POST", body });
        accepted.push({ jobId });
        await queryClient.cancelQueries({ queryKey: analysisJobsKey });
        queryClient.setQueryData<AnalysisJobsPage>(analysisJobsKey, (page) =>
          page && !page.data.some((j) => j.id === jobId) ? { ...page, data: [acceptedJob(jobId, instanceId, engine), ...page.data] } : page,
        );
      }
      return accepted;
    },
    onError: (error) => toast({ title: "Could not start the analysis", description: errorMessage(error), variant: "destructive" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: analysisJobsKey }),
  });
}

/** Cancels a running job or deletes a finished one (the same REST call). */
export function useRemoveAnalysisJob(orgSlug: string) {
  const queryClient = useQueryClient();
  const { toast } = useToast();
  return useMutation({
    mutationFn: (jobId: string) =>
      apiFetch<{ jobId: string; outcome: "cancelled" | "deleted" }>(`/api/v1/analysis/jobs/${encodeURIComponent(jobId)}`, {
        orgSlug,
        method: "DELETE",
      }),
    onSuccess: ({ outcome }) =>
      toast({
        title: outcome === "cancelled" ? "Analysis cancelled" : "Analysis deleted",
        description: outcome === "cancelled" ? "It stops after the step it is running." : "Its insights were deleted too.",
        variant: "success",
      }),
    onError: (error) => toast({ title: "Could not remove the analysis", description: errorMessage(error), variant: "destructive" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: analysisJobsKey }),
  });
}
