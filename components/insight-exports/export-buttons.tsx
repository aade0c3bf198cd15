"use client";

import { useState } from "react";
import { Download, FileSpreadsheet, FileText, Loader2, Sheet } from "lucide-react";
import type { ExportFormat } from "@/lib/insight-exports/schemas";
import { Button } from "@/components/ui/button";
import { useExportStatus, useRequestExport } from "./use-insight-export";

const FORMATS: { format: ExportFormat; label: string; icon: typeof FileText }[] = [
  { format: "pdf", label: "PDF", icon: FileText },
  { format: "csv", label: "CSV", icon: Sheet },
  { format: "xlsx", label: "Excel", icon: FileSpreadsheet },
];

function ExportStatus({ orgSlug, exportId }: { orgSlug: string; exportId: string }) {
  const status = useExportStatus(orgSlug, exportId);
  const view = status.data;
  if (!view || view.status === "queued" || view.status === "running") {
    return (
      <span className="inline-flex items-center gap-1 text-xs text-muted-foreground" aria-live="polite">
        <Loader2 aria-hidden className="size-3.5 animate-spin" /> Rendering {view?.format.toUpperCase() ?? ""}…
      </span>
    );
  }
  if (view.downloadUrl) {
    return (
      <a href={`/${orgSlug}/exports/${view.id}`} download={view.fileName ?? undefined} className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline">
        <Download aria-hidden className="size-4" />
        Download {view.fileName}
      </a>
    );
  }
  return (
    <span role="alert" className="text-xs text-destructive">
      The {view.format.toUpperCase()} export failed: {view.error ?? "unknown error"}
    </span>
  );
}

/** PDF, CSV and Excel exports of one insight: each renders as a job and ends in a download link. */
export function ExportButtons({ orgSlug, insightId }: { orgSlug: string; insightId: string }) {
  const request = useRequestExport(orgSlug, insightId);
  const [exports, setExports] = useState<Partial<Record<ExportFormat, string>>>({});
  const start = (format: ExportFormat) =>
    request.mutate(format, { onSuccess: ({ exportId }) => setExports((current) => ({ ...current, [format]: exportId })) });
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2" role="group" aria-label="Export">
        {FORMATS.map(({ format, label, icon: Icon }) => (
          <Button key={format} size="sm" variant="outline" onClick={() => start(format)} disabled={request.isPending}>
            <Icon aria-hidden />
            Export {label}
          </Button>
        ))}
      </div>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {FORMATS.map(({ format }) => {
          const exportId = exports[format];
          return exportId ? <ExportStatus key={exportId} orgSlug={orgSlug} exportId={exportId} /> : null;
        })}
      </div>
    </div>
  );
}
