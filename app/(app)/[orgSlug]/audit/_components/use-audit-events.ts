"use client";

import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import type { AuditEventPage } from "@/lib/audit/queries";
import type { AuditChainReport } from "@/lib/audit/verify-audit-chain";
import { AUDIT_PAGE_SIZE } from "@/lib/audit/search-params";
import { apiFetch } from "@/components/api/api-fetch";

/**
 * The server renders the first page; further pages come from the REST list with the same
 * filters, each continuing after the previous page's cursor.
 */
export function useAuditEvents({
  orgSlug,
  apiPath,
  apiQuery,
  firstPage,
}: {
  orgSlug: string;
  apiPath: string;
  apiQuery: string;
  firstPage: AuditEventPage;
}) {
  return useInfiniteQuery({
    queryKey: ["audit-events", orgSlug, apiPath, apiQuery],
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams(apiQuery);
      query.set("limit", String(AUDIT_PAGE_SIZE));
      if (pageParam) query.set("cursor", pageParam);
      return apiFetch<AuditEventPage>(`${apiPath}?${query}`, { orgSlug, signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [firstPage], pageParams: [null] },
    // The log only grows at its head; a reload of the page shows the newest events.
    staleTime: Infinity,
  });
}

export function useVerifyAuditLog(orgSlug: string) {
  return useMutation({
    mutationFn: () => apiFetch<AuditChainReport>("/api/v1/audit/verify", { orgSlug }),
  });
}
