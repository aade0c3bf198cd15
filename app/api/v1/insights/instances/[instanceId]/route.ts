import { getLatestInsightsOperation } from "@/lib/api/operations/insights";
import { withApi } from "@/lib/api/with-api";
import { getLatestInsights } from "@/lib/insights/get-latest-insights";

export const GET = withApi(getLatestInsightsOperation, ({ ctx, params }) => getLatestInsights(ctx, params.instanceId));
