"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Job } from "@/lib/jobs/schemas";
import { apiFetch, errorMessage } from "@/components/api/api-fetch";
import { useToast } from "@/components/ui/toast";

interface JobPage {
  data: Job[];
  nextCursor: string | null;
}

const RECENT_JOBS_LIMIT = 10;
// The dashboard's test job: a few visible steps, quick enough to watch to the end.
const TEST_JOB = { steps: 5, delayMs: 400 } as const;

const isActive = (job: Job) => job.status === "queued" || job.status === "running";
const jobsKey = (orgSlug: string) => ["jobs", orgSlug, { limit: RECENT_JOBS_LIMIT }] as const;

export function useRecentJobs(orgSlug: string) {
  return useQuery({
    queryKey: jobsKey(orgSlug),
    queryFn: ({ signal }) => apiFetch<JobPage>(`/api/v1/jobs?limit=${RECENT_JOBS_LIMIT}`, { orgSlug, signal }),
    // Fast while something moves so progress looks live; slow otherwise to spare the server.
    refetchInterval: (query) => (query.state.data?.data.some(isActive) ? 1_000 : 10_000),
    staleTime: 0,
  });
}

export function useRunTestJob(orgSlug: string) {
  const queryClient = useQueryClient();
  const { toast } = useToast();
  return useMutation({
    mutationFn: () =>
      apiFetch<{ jobId: string }>("/api/v1/jobs/ping", { orgSlug, method: "POST", body: TEST_JOB }),
    // No success toast: the new row appearing in the list is the confirmation, and a toast would
    // sit over the list's Cancel buttons.
    onError: (error) =>
      toast({ title: "Could not start the test job", description: errorMessage(error), variant: "destructive" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobsKey(orgSlug) }),
  });
}

export function useCancelJob(orgSlug: string) {
  const queryClient = useQueryClient();
  const { toast } = useToast();
  return useMutation({
    mutationFn: (jobId: string) =>
      apiFetch<Job>(`/api/v1/jobs/${encodeURIComponent(jobId)}`, { orgSlug, method: "DELETE" }),
    onSuccess: (job) => {
      toast({ title: job.status === "cancelled" ? "Job cancelled" : "Cancellation requested", variant: "success" });
    },
    onError: (error) =>
      toast({ title: "Could not cancel the job", description: errorMessage(error), variant: "destructive" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobsKey(orgSlug) }),
  });
}
