import { compareInsightsOperation } from "@/lib/api/operations/insights";
import { withApi } from "@/lib/api/with-api";
import { compareInsights } from "@/lib/insights/compare-insights";

export const GET = withApi(compareInsightsOperation, ({ ctx, query }) => compareInsights(ctx, query));
