import { deleteAnalysisJob } from "@/lib/analysis/jobs/delete-analysis-job";
import { getAnalysisJob } from "@/lib/analysis/jobs/get-analysis-job";
import { deleteAnalysisJobOperation, getAnalysisJobOperation } from "@/lib/api/operations/analysis";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(getAnalysisJobOperation, ({ ctx, params }) => getAnalysisJob(ctx, params.jobId));
export const DELETE = withApi(deleteAnalysisJobOperation, ({ ctx, params }) => deleteAnalysisJob(ctx, params.jobId));
