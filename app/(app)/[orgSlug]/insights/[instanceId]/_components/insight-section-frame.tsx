"use client";

import { type ReactNode, useState } from "react";
import { DrillDownPanel } from "./drill-down-panel";
import { ExportButtons } from "@/components/insight-exports/export-buttons";
import { SaveReportForm } from "./save-report-form";

export interface InsightMeta {
  insightId: string;
  engineLabel: string;
  engineVersion: string;
  createdAt: string;
  dataAsOf: string;
  durationMs: number;
}

export type SelectTag = (tag: string, title: string) => void;

/**
 * One engine's tab: when and how its insight was made, export and save, its charts (which call
 * `select` with a tag), and the drill-down list for the tag last chosen.
 */
export function InsightSectionFrame({
  orgSlug,
  meta,
  canExport,
  children,
}: {
  orgSlug: string;
  meta: InsightMeta;
  canExport: boolean;
  children: (select: SelectTag) => ReactNode;
}) {
  const [selected, setSelected] = useState<{ tag: string; title: string } | null>(null);
  const day = new Date(meta.dataAsOf).toLocaleString();
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4 rounded-lg border p-4">
        <p className="max-w-xl text-xs text-muted-foreground">
          {meta.engineLabel} v{meta.engineVersion} on the data synced {day}; computed in {meta.durationMs.toLocaleString()} ms on{" "}
          {new Date(meta.createdAt).toLocaleString()}. Select any bar, cell or row to list what is behind it.
        </p>
        <div className="grid gap-3">
          {canExport ? <ExportButtons orgSlug={orgSlug} insightId={meta.insightId} /> : null}
          <SaveReportForm orgSlug={orgSlug} insightId={meta.insightId} defaultName={`${meta.engineLabel} ${new Date(meta.dataAsOf).toISOString().slice(0, 10)}`} />
        </div>
      </div>
      {selected ? (
        <DrillDownPanel orgSlug={orgSlug} insightId={meta.insightId} tag={selected.tag} title={selected.title} onClose={() => setSelected(null)} />
      ) : null}
      {children((tag, title) => setSelected({ tag, title }))}
    </div>
  );
}
