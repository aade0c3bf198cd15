import { z } from "zod";

export const EXPORT_FORMATS = ["pdf", "csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportInput = z.object({ format: z.enum(EXPORT_FORMATS) }).strict();
export type ExportInput = z.infer<typeof ExportInput>;

export const ExportAccepted = z.object({
  jobId: z.uuid(),
  exportId: z.uuid().describe("Poll GET /exports/{exportId}; when ready, download from its downloadUrl"),
});
export type ExportAccepted = z.infer<typeof ExportAccepted>;

export const ExportSchema = z.object({
  id: z.uuid(),
  insightId: z.uuid(),
  format: z.enum(EXPORT_FORMATS),
  status: z.enum(["queued", "running", "succeeded", "failed", "cancelled"]),
  jobId: z.uuid().nullable(),
  fileName: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime(),
  downloadUrl: z.string().nullable(),
});
export type ExportView = z.infer<typeof ExportSchema>;

export const ExportIdParams = z.object({ exportId: z.uuid() });

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
