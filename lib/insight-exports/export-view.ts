import type { ReportExport } from "@/lib/generated/prisma/client";
import type { ExportFormat, ExportView } from "./schemas";

export const exportSelect = {
  id: true,
  insightId: true,
  format: true,
  status: true,
  jobRunId: true,
  fileName: true,
  sizeBytes: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  expiresAt: true,
} as const;

export function toExportView(row: Pick<ReportExport, keyof typeof exportSelect>): ExportView {
  const ready = row.status === "SUCCEEDED" && row.expiresAt.getTime() > Date.now();
  return {
    id: row.id,
    insightId: row.insightId,
    format: row.format as ExportFormat,
    status: row.status.toLowerCase() as ExportView["status"],
    jobId: row.jobRunId,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
    downloadUrl: ready ? `/api/v1/exports/${row.id}/download` : null,
  };
}
