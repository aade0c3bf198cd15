import { cancelJobOperation, getJobOperation } from "@/lib/api/operations/jobs";
import { withApi } from "@/lib/api/with-api";
import { cancelJob } from "@/lib/jobs/cancel-job";
import { getJob } from "@/lib/jobs/get-job";

export const GET = withApi(getJobOperation, ({ ctx, params }) => getJob(ctx, params.jobId));
export const DELETE = withApi(cancelJobOperation, ({ ctx, params }) => cancelJob(ctx, params.jobId));
