import { markJobFailed, markJobStarted, markJobSucceeded, reportJobProgress } from "@/lib/jobs/job-lifecycle";

// Lifecycle steps for tracked jobs (events carrying data.jobId), so the JobRun row the UI and REST
// read follows the run wherever it executes: on Inngest these steps are the only status writes.

type StepRunner = { run<T>(id: string, fn: () => Promise<T>): Promise<unknown> };

export const trackedJobOptions = {
  cancelOn: [{ event: "job/cancel.requested", if: "async.data.jobId == event.data.jobId" }],
  onFailure: async ({ event, error }: { event: { data: { event: { data: { jobId?: string } } } }; error: Error }) => {
    const jobId = event.data.event.data.jobId;
    if (jobId) await markJobFailed(jobId, error.message);
  },
};

export async function jobStarted(step: StepRunner, jobId: string, runId: string): Promise<void> {
  await step.run("job-started", () => markJobStarted(jobId, runId));
}

export async function jobSucceeded(step: StepRunner, jobId: string, result: unknown): Promise<void> {
  await step.run("job-succeeded", () => markJobSucceeded(jobId, result));
}

/** Progress is a plain write, not a step: it is idempotent and must not add replay points. */
export function jobProgress(jobId: string) {
  return (percent: number, label?: string) => reportJobProgress(jobId, percent, label);
}
