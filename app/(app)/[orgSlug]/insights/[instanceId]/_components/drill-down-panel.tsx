"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Loader2, X } from "lucide-react";
import { apiFetch, errorMessage } from "@/components/api/api-fetch";
import { Button } from "@/components/ui/button";
import type { InsightSubject } from "@/lib/analysis/engine";

interface SubjectsPage {
  data: InsightSubject[];
  total: number;
  nextOffset: number | null;
}

const PAGE = 50;

function formatValue(subject: InsightSubject): string {
  if (subject.value === null) return "—";
  return subject.type === "control" && subject.higherIsWorse ? `${(subject.value * 100).toFixed(1)} %` : String(Math.round(subject.value * 10) / 10);
}

/** What a chart element stands for: the controls, risks or requirements behind the clicked tag. */
export function DrillDownPanel({ orgSlug, insightId, tag, title, onClose }: { orgSlug: string; insightId: string; tag: string; title: string; onClose: () => void }) {
  const query = useInfiniteQuery({
    queryKey: ["insight-subjects", insightId, tag],
    queryFn: ({ pageParam, signal }) =>
      apiFetch<SubjectsPage>(
        `/api/v1/insights/${encodeURIComponent(insightId)}/subjects?tag=${encodeURIComponent(tag)}&limit=${PAGE}&offset=${pageParam}`,
        { orgSlug, signal },
      ),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset,
  });
  const subjects = query.data?.pages.flatMap((p) => p.data) ?? [];
  const total = query.data?.pages[0]?.total;
  return (
    <section className="grid gap-3 rounded-lg border bg-card p-4" aria-label={`Drill-down: ${title}`}>
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 className="text-sm font-semibold">{title}</h3>
          <p className="text-xs text-muted-foreground">{total === undefined ? "Loading…" : `${total.toLocaleString()} item${total === 1 ? "" : "s"}`}</p>
        </div>
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close the drill-down">
          <X aria-hidden />
        </Button>
      </div>
      {query.isError ? (
        <p role="alert" className="text-sm text-destructive">
          Could not load the items: {errorMessage(query.error)}
        </p>
      ) : null}
      {subjects.length > 0 ? (
        <div className="max-h-96 overflow-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="sticky top-0 bg-card text-left text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">Item</th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">Value</th>
                <th scope="col" className="py-1.5 font-medium">Status</th>
              </tr>
            </thead>
            <tbody>
              {subjects.map((s) => (
                <tr key={s.id} className="border-t">
                  <td className="py-1.5 pr-3">{s.label}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{formatValue(s)}</td>
                  <td className="py-1.5 text-xs">{s.status?.replaceAll("_", " ") ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : query.isSuccess ? (
        <p className="text-sm text-muted-foreground">Nothing behind this part of the chart.</p>
      ) : null}
      {query.hasNextPage ? (
        <Button size="sm" variant="outline" className="justify-self-start" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Show more
        </Button>
      ) : null}
    </section>
  );
}
