import { exportAuditLogsOperation } from "@/lib/api/operations/audit";
import { withApi } from "@/lib/api/with-api";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { csvDownloadHeaders } from "@/lib/export/csv";

export const GET = withApi(exportAuditLogsOperation, async ({ ctx, query }) => {
  const { fileName, stream } = await exportAuditLog(ctx, query);
  return new Response(stream, { headers: csvDownloadHeaders(fileName) });
});
