import { downloadExportOperation } from "@/lib/api/operations/insight-exports";
import { withApi } from "@/lib/api/with-api";
import { downloadExport } from "@/lib/insight-exports/get-export";

export const GET = withApi(downloadExportOperation, ({ ctx, params }) => downloadExport(ctx, params.exportId));
