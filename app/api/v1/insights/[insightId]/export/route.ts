import { requestExportOperation } from "@/lib/api/operations/insight-exports";
import { withApi } from "@/lib/api/with-api";
import { requestInsightExport } from "@/lib/insight-exports/request-export";

export const POST = withApi(requestExportOperation, ({ ctx, params, body }) => requestInsightExport(ctx, params.insightId, body));
