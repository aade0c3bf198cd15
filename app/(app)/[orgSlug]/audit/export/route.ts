import { auditOrganization } from "@/lib/audit/queries";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { parseAuditSearchParams } from "@/lib/audit/search-params";
import { orgLinkRoute } from "@/lib/auth/org-link-route";
import { AppError } from "@/lib/errors";
import { csvDownloadHeaders } from "@/lib/export/csv";

/** The audit page's "Export CSV" link: the page's own filters, the same use case as /api/v1/audit/logs/export. */
export const GET = orgLinkRoute("export the audit log", async (ctx, _params, request) => {
  const { timeZone } = await auditOrganization(ctx);
  const state = parseAuditSearchParams(Object.fromEntries(new URL(request.url).searchParams), timeZone);
  const errors = Object.entries(state.errors).map(([path, message]) => ({ path: `query.${path}`, message }));
  if (errors.length > 0) throw new AppError("validation_failed", `${errors[0]!.path}: ${errors[0]!.message}`, { errors });
  const { fileName, stream } = await exportAuditLog(ctx, state.filters);
  return new Response(stream, { headers: csvDownloadHeaders(fileName) });
});
