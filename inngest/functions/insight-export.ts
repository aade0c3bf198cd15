import { inngest } from "@/inngest/client";
import { insightExportRequested } from "@/inngest/events";
import { jobStarted, jobSucceeded } from "@/inngest/tracked-job";
import { EXPORT_FUNCTION_ID } from "@/lib/insight-exports/request-export";
import { failInsightExport, renderInsightExport } from "@/lib/insight-exports/render-insight-export";
import { markJobFailed } from "@/lib/jobs/job-lifecycle";
import { asStep } from "@/lib/sync/step-error";

/** Renders one insight export (PDF, CSV or Excel) and stores the file for download. */
export const insightExport = inngest.createFunction(
  {
    id: EXPORT_FUNCTION_ID,
    name: "Export an insight",
    retries: 2,
    triggers: [insightExportRequested],
    cancelOn: [{ event: "job/cancel.requested", if: "async.data.jobId == event.data.jobId" }],
    onFailure: async ({ event, error }) => {
      const { jobId, organizationId, exportId } = event.data.event.data;
      await markJobFailed(jobId, error.message);
      await failInsightExport({ organizationId }, exportId, error.message);
    },
  },
  async ({ event, step, runId }) => {
    const { organizationId, jobId, exportId } = event.data;
    await jobStarted(step, jobId, runId);
    const result = await step.run("render", () => asStep(() => renderInsightExport({ organizationId }, exportId)));
    await jobSucceeded(step, jobId, result);
    return result;
  },
);
