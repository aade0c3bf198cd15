import { getInsightOperation } from "@/lib/api/operations/insights";
import { withApi } from "@/lib/api/with-api";
import { getInsight } from "@/lib/insights/get-insight";

export const GET = withApi(getInsightOperation, ({ ctx, params }) => getInsight(ctx, params.insightId));
