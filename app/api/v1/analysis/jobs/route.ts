import { listAnalysisJobs } from "@/lib/analysis/jobs/list-analysis-jobs";
import { listAnalysisJobsOperation } from "@/lib/api/operations/analysis";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(listAnalysisJobsOperation, ({ ctx, query }) => listAnalysisJobs(ctx, query));
