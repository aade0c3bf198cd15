import { CrosswalkDecisionInput, CrosswalkDecisionSchema } from "@/lib/crosswalk/schemas";
import { InsightIdParams } from "@/lib/insights/schemas";
import { ExportAccepted, ExportIdParams, ExportInput, ExportSchema } from "@/lib/insight-exports/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";

const Export = ExportSchema.meta({ id: "InsightExport" });

export const requestExportOperation = defineOperation({
  operationId: "exportInsight",
  method: "POST",
  path: "/insights/{insightId}/export",
  summary: "Render an insight as PDF, CSV or Excel, as a background job",
  description:
    "The PDF is a report for auditors and boards (cover, summary, charts, tables, findings); " +
    "CSV is RFC 4180 UTF-8 with formula-looking cells neutralised; Excel has one sheet per table with typed cells. " +
    "Poll GET /exports/{exportId} until it has a downloadUrl.",
  tags: ["Insights"],
  auth: "required",
  permission: "insights:export",
  params: InsightIdParams,
  body: ExportInput,
  bodyLimit: 256,
  response: ExportAccepted,
  successStatus: 202,
});

export const getExportOperation = defineOperation({
  operationId: "getInsightExport",
  method: "GET",
  path: "/exports/{exportId}",
  summary: "An export's status, and its download link once rendered",
  tags: ["Insights"],
  auth: "required",
  permission: "insights:export",
  params: ExportIdParams,
  response: Export,
});

export const downloadExportOperation = defineOperation({
  operationId: "downloadInsightExport",
  method: "GET",
  path: "/exports/{exportId}/download",
  summary: "Download a rendered export (application/pdf, text/csv or an .xlsx workbook)",
  description: "409 while the export is still rendering or when it failed; 404 once it expired (after 7 days).",
  tags: ["Insights"],
  auth: "required",
  permission: "insights:export",
  params: ExportIdParams,
  produces: "application/octet-stream",
});

export const decideCrosswalkOperation = defineOperation({
  operationId: "decideCrosswalkSuggestion",
  method: "POST",
  path: "/insights/crosswalk/decisions",
  summary: "Accept or reject a suggested mapping between a control or citation and a NIST SP 800-53 requirement",
  description: "Accepted mappings count toward NIST coverage from the next compliance analysis; rejected ones are not suggested again.",
  tags: ["Insights"],
  auth: "required",
  permission: "analysis:create",
  body: CrosswalkDecisionInput,
  bodyLimit: 1024,
  response: CrosswalkDecisionSchema,
});

export const insightExportOperations: readonly ApiOperation[] = [
  requestExportOperation,
  getExportOperation,
  downloadExportOperation,
  decideCrosswalkOperation,
];
