import { saveInsightOperation } from "@/lib/api/operations/insights";
import { withApi } from "@/lib/api/with-api";
import { saveInsight } from "@/lib/insights/save-insight";

export const POST = withApi(saveInsightOperation, ({ ctx, params, body }) => saveInsight(ctx, params.insightId, body));
