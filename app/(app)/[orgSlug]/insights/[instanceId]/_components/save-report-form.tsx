"use client";

import { useId, useState } from "react";
import Link from "next/link";
import { useMutation } from "@tanstack/react-query";
import { Bookmark, Loader2 } from "lucide-react";
import { apiFetch, errorMessage } from "@/components/api/api-fetch";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";

/** Saves the insight as a named report, listed on the Reports page. */
export function SaveReportForm({ orgSlug, insightId, defaultName }: { orgSlug: string; insightId: string; defaultName: string }) {
  const inputId = useId();
  const [name, setName] = useState(defaultName);
  const { toast } = useToast();
  const save = useMutation({
    mutationFn: () => apiFetch<{ id: string }>(`/api/v1/insights/${encodeURIComponent(insightId)}/save`, { orgSlug, method: "POST", body: { name } }),
    onSuccess: () => toast({ title: "Report saved", description: `“${name}” is on the Reports page.`, variant: "success" }),
    onError: (error) => toast({ title: "Could not save the report", description: errorMessage(error), variant: "destructive" }),
  });
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <div className="grid gap-1">
        <label htmlFor={inputId} className="text-xs font-medium">
          Report name
        </label>
        <Input id={inputId} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required className="h-8 w-64" />
      </div>
      <Button type="submit" size="sm" variant="outline" disabled={save.isPending || name.trim() === ""}>
        {save.isPending ? <Loader2 aria-hidden className="animate-spin" /> : <Bookmark aria-hidden />}
        Save report
      </Button>
      {save.isSuccess ? (
        <Link href={`/${orgSlug}/reports`} className="text-xs text-primary underline-offset-4 hover:underline">
          Open saved reports
        </Link>
      ) : null}
    </form>
  );
}
