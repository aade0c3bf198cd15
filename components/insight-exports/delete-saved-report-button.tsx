"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { apiFetch, errorMessage } from "@/components/api/api-fetch";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";

/** Removes a saved report (the insight itself stays in the history). */
export function DeleteSavedReportButton({ orgSlug, savedReportId, name }: { orgSlug: string; savedReportId: string; name: string }) {
  const router = useRouter();
  const { toast } = useToast();
  const remove = useMutation({
    mutationFn: () => apiFetch(`/api/v1/insights/saved/${encodeURIComponent(savedReportId)}`, { orgSlug, method: "DELETE" }),
    onSuccess: () => {
      toast({ title: "Saved report removed", description: `“${name}” is no longer listed; its insight stays in the history.`, variant: "success" });
      router.refresh();
    },
    onError: (error) => toast({ title: "Could not remove the report", description: errorMessage(error), variant: "destructive" }),
  });
  return (
    <Button size="sm" variant="ghost" onClick={() => remove.mutate()} disabled={remove.isPending} aria-label={`Remove the saved report ${name}`}>
      <Trash2 aria-hidden />
    </Button>
  );
}
