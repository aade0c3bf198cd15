import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import { instanceSyncRequested } from "@/inngest/events";
import { jobStarted, jobSucceeded, trackedJobOptions } from "@/inngest/tracked-job";
import { markJobFailed } from "@/lib/jobs/job-lifecycle";
import { sendEvent } from "@/lib/jobs/send-event";
import { type SyncJobInput, beginSync } from "@/lib/sync/begin-sync";
import { completeSync, failSync } from "@/lib/sync/complete-sync";
import { finishTable } from "@/lib/sync/finish-table";
import { SYNC_FUNCTION_ID } from "@/lib/sync/start-sync";
import { asStep } from "@/lib/sync/step-error";
import type { StopReason } from "@/lib/sync/sync-run-guard";
import { type PageOutcome, type PageRequest, syncPage } from "@/lib/sync/sync-page";

function stopped(reason: StopReason) {
  // The run's rows went with the instance: fail the job with a reason rather than "succeed".
  if (reason === "gone") throw new NonRetriableError("The instance was deleted while it was syncing");
  return { stopped: reason };
}

/**
 * Syncs one instance: every table of the mapping registry in dependency order, one step per page
 * (lib/sync/sync-page.ts), so a failed page is retried alone and a restarted process resumes from
 * the finished steps. The database allows one active sync run per instance; the concurrency key
 * says the same to Inngest Cloud. Cancelling the job stops the sync at its next page.
 */
export const instanceSync = inngest.createFunction(
  {
    id: SYNC_FUNCTION_ID,
    name: "Sync a ServiceNow instance",
    retries: 5,
    triggers: [instanceSyncRequested],
    concurrency: { key: "event.data.instanceId", limit: 1 },
    cancelOn: trackedJobOptions.cancelOn,
    onFailure: async ({ event, error }) => {
      const { jobId, organizationId, syncRunId } = event.data.event.data;
      await markJobFailed(jobId, error.message);
      await failSync(organizationId, syncRunId, error.message);
    },
  },
  async ({ event, step, runId }) => {
    const { organizationId, instanceId, syncRunId, jobId, mode, pageSize } = event.data;
    const input: SyncJobInput = { organizationId, instanceId, syncRunId, jobId, mode };
    await jobStarted(step, jobId, runId);

    const begun = await step.run("begin", () => asStep(() => beginSync(input, pageSize)));
    if (!begun.ok) return stopped(begun.stop);
    const { plan } = begun;
    for (const table of plan.tables) {
      let offset: number | null = 0;
      for (let pageIndex = 0; offset !== null; pageIndex++) {
        const request: PageRequest = { table, pageIndex, offset, pageSize: plan.pageSize };
        const page: PageOutcome = await step.run(`fetch-${table.name}-page-${pageIndex}`, () => asStep(() => syncPage(input, request)));
        if (!page.ok) return stopped(page.stop);
        offset = page.nextOffset;
      }
      const finished = await step.run(`finish-${table.name}`, () => asStep(() => finishTable(input, plan, table)));
      if (!finished.ok) return stopped(finished.stop);
    }

    const completed = await step.run("complete", () => asStep(() => completeSync(input)));
    if (!completed.ok) return stopped(completed.stop);
    const { result } = completed;
    await step.run("emit-sync-completed", () =>
      sendEvent({
        name: "instance/sync.completed",
        id: `sync-completed-${syncRunId}`,
        data: { organizationId, instanceId, syncRunId, mode, counts: result.counts, tables: result.tables },
      }),
    );
    await jobSucceeded(step, jobId, result);
    return result;
  },
);
