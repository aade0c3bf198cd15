import { renderReportCsv } from "@/lib/export/report-csv";
import { renderReportPdf } from "@/lib/export/pdf/render-report-pdf";
import { renderReportXlsx } from "@/lib/export/xlsx/render-report-xlsx";
import type { Report } from "@/lib/analysis/report/types";
import { notFound } from "@/lib/errors";
import { type TenantScope, withTenant } from "@/lib/tenancy/with-tenant";
import { buildInsightReport } from "./build-insight-report";
import type { ExportFormat } from "./schemas";

const RENDERERS: Record<ExportFormat, (report: Report) => Promise<Buffer>> = {
  pdf: renderReportPdf,
  xlsx: renderReportXlsx,
  csv: async (report) => Buffer.from(renderReportCsv(report), "utf8"),
};

/** "complianceiq-control-effectiveness-acme-prod-2026-11-23.pdf": safe in any file system and header. */
export function exportFileName(report: Report, format: ExportFormat): string {
  const slug = (text: string) => text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
  const day = report.dataAsOf.toISOString().slice(0, 10);
  return `complianceiq-${slug(report.title.replace(/ report$/, ""))}-${slug(report.instanceName) || "instance"}-${day}.${format}`;
}

/** The export job's work: build the insight's report, render it, and store the file on the export. */
export async function renderInsightExport(scope: TenantScope, exportId: string): Promise<{ exportId: string; sizeBytes: number }> {
  const pending = await withTenant(scope, (tx) =>
    tx.reportExport.findFirst({ where: { id: exportId }, select: { insightId: true, format: true, status: true, sizeBytes: true } }),
  );
  if (!pending) throw notFound("Export");
  if (pending.status === "SUCCEEDED") return { exportId, sizeBytes: pending.sizeBytes ?? 0 };
  const format = pending.format as ExportFormat;
  await withTenant(scope, (tx) => tx.reportExport.updateMany({ where: { id: exportId }, data: { status: "RUNNING" } }));
  const report = await withTenant(scope, (tx) => buildInsightReport(tx, pending.insightId));
  const content = await RENDERERS[format](report);
  await withTenant(scope, (tx) =>
    tx.reportExport.updateMany({
      where: { id: exportId },
      data: { status: "SUCCEEDED", content: new Uint8Array(content), sizeBytes: content.length, fileName: exportFileName(report, format), finishedAt: new Date() },
    }),
  );
  return { exportId, sizeBytes: content.length };
}

export async function failInsightExport(scope: TenantScope, exportId: string, error: string): Promise<void> {
  await withTenant(scope, (tx) =>
    tx.reportExport.updateMany({ where: { id: exportId, status: { not: "SUCCEEDED" } }, data: { status: "FAILED", error, finishedAt: new Date() } }),
  );
}
