"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/api/api-fetch";
import type { InstanceHealthView } from "@/lib/instances/schemas";
import { HEALTH_PAGE_SIZE } from "./format";

export const instanceHealthKey = (instanceId: string) => ["instance-health", instanceId] as const;

/** The health history, newest first: the server's first page, then older pages on demand. */
export function useInstanceHealth(orgSlug: string, instanceId: string, initial: InstanceHealthView) {
  return useInfiniteQuery({
    queryKey: instanceHealthKey(instanceId),
    queryFn: ({ pageParam, signal }) => {
      const cursor = pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : "";
      return apiFetch<InstanceHealthView>(
        `/api/v1/instances/${encodeURIComponent(instanceId)}/health?limit=${HEALTH_PAGE_SIZE}${cursor}`,
        { orgSlug, signal },
      );
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initial], pageParams: [null] },
    // Checks arrive every 15 minutes; a minute-old view is fresh enough.
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
  });
}
