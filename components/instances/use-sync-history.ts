"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, errorMessage } from "@/components/api/api-fetch";
import { useToast } from "@/components/ui/toast";
import type { Job } from "@/lib/jobs/schemas";
import type { SyncAccepted, SyncModeValue, SyncRunView } from "@/lib/sync/schemas";
import { SYNC_HISTORY_PAGE_SIZE, isActiveSync } from "./sync-format";

export interface SyncHistoryPage {
  data: SyncRunView[];
  nextCursor: string | null;
}

export const syncHistoryKey = (instanceId: string) => ["sync-history", instanceId] as const;

/** The sync history, newest first; polled every second while a sync is queued or running. */
export function useSyncHistory(orgSlug: string, instanceId: string, initial: SyncHistoryPage) {
  return useInfiniteQuery({
    queryKey: syncHistoryKey(instanceId),
    queryFn: ({ pageParam, signal }) => {
      const cursor = pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : "";
      return apiFetch<SyncHistoryPage>(
        `/api/v1/instances/${encodeURIComponent(instanceId)}/sync-history?limit=${SYNC_HISTORY_PAGE_SIZE}${cursor}`,
        { orgSlug, signal },
      );
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initial], pageParams: [null] },
    staleTime: 0,
    // Live while a sync moves; slowly otherwise, so a scheduled sync still shows up.
    refetchInterval: (query) => (query.state.data?.pages[0]?.data.some(isActiveSync) ? 1_000 : 30_000),
  });
}

export function useStartSync(orgSlug: string, instanceId: string) {
  const queryClient = useQueryClient();
  const { toast } = useToast();
  return useMutation({
    mutationFn: (mode: SyncModeValue) =>
      apiFetch<SyncAccepted>(`/api/v1/instances/${encodeURIComponent(instanceId)}/sync`, { orgSlug, method: "POST", body: { mode } }),
    onError: (error) => toast({ title: "Could not start the sync", description: errorMessage(error), variant: "destructive" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: syncHistoryKey(instanceId) }),
  });
}

/** Cancels through the job, like any background job; the sync stops at its next page. */
export function useCancelSync(orgSlug: string, instanceId: string) {
  const queryClient = useQueryClient();
  const { toast } = useToast();
  return useMutation({
    mutationFn: (jobId: string) => apiFetch<Job>(`/api/v1/jobs/${encodeURIComponent(jobId)}`, { orgSlug, method: "DELETE" }),
    onSuccess: () => toast({ title: "Sync cancelled", description: "It stops after the page it is reading.", variant: "success" }),
    onError: (error) => toast({ title: "Could not cancel the sync", description: errorMessage(error), variant: "destructive" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: syncHistoryKey(instanceId) }),
  });
}
