import { getExportOperation } from "@/lib/api/operations/insight-exports";
import { withApi } from "@/lib/api/with-api";
import { getExport } from "@/lib/insight-exports/get-export";

export const GET = withApi(getExportOperation, ({ ctx, params }) => getExport(ctx, params.exportId));
