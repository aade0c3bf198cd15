import { deleteSavedReportOperation } from "@/lib/api/operations/insights";
import { withApi } from "@/lib/api/with-api";
import { deleteSavedReport } from "@/lib/insights/delete-saved-report";

export const DELETE = withApi(deleteSavedReportOperation, ({ ctx, params }) => deleteSavedReport(ctx, params.savedReportId));
