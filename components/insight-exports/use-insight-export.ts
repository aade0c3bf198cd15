"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { apiFetch, errorMessage } from "@/components/api/api-fetch";
import { useToast } from "@/components/ui/toast";
import type { ExportAccepted, ExportFormat, ExportView } from "@/lib/insight-exports/schemas";

/** Starts an export job for the insight. */
export function useRequestExport(orgSlug: string, insightId: string) {
  const { toast } = useToast();
  return useMutation({
    mutationFn: (format: ExportFormat) =>
      apiFetch<ExportAccepted>(`/api/v1/insights/${encodeURIComponent(insightId)}/export`, { orgSlug, method: "POST", body: { format } }),
    onError: (error) => toast({ title: "Could not start the export", description: errorMessage(error), variant: "destructive" }),
  });
}

const finished = (view: ExportView | undefined) => view !== undefined && view.status !== "queued" && view.status !== "running";

/** An export's status, polled every second until it is rendered or failed. */
export function useExportStatus(orgSlug: string, exportId: string | null) {
  return useQuery({
    queryKey: ["insight-export", exportId],
    enabled: exportId !== null,
    queryFn: ({ signal }) => apiFetch<ExportView>(`/api/v1/exports/${encodeURIComponent(exportId ?? "")}`, { orgSlug, signal }),
    refetchInterval: (query) => (finished(query.state.data) ? false : 1_000),
  });
}
