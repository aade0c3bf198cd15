import { listInsightSubjectsOperation } from "@/lib/api/operations/insights";
import { withApi } from "@/lib/api/with-api";
import { listInsightSubjects } from "@/lib/insights/list-insight-subjects";

export const GET = withApi(listInsightSubjectsOperation, ({ ctx, params, query }) => listInsightSubjects(ctx, params.insightId, query));
