import { getInsightTrendsOperation } from "@/lib/api/operations/insights";
import { withApi } from "@/lib/api/with-api";
import { getInsightTrends } from "@/lib/insights/get-insight-trends";

export const GET = withApi(getInsightTrendsOperation, ({ ctx, params, query }) => getInsightTrends(ctx, params.instanceId, query));
