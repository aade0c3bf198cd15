import { inngest } from "@/inngest/client";
import { pingRequested } from "@/inngest/events";
import { jobProgress, jobStarted, jobSucceeded, trackedJobOptions } from "@/inngest/tracked-job";

/** A demo job of a few timed steps: it shows progress, retries and resumption end to end. */
export const demoPing = inngest.createFunction(
  { id: "demo-ping", name: "Demo ping", retries: 3, triggers: [pingRequested], ...trackedJobOptions },
  async ({ event, step, runId }) => {
    const { jobId, steps, delayMs } = event.data;
    const progress = jobProgress(jobId);
    await jobStarted(step, jobId, runId);
    const pongs: string[] = [];
    for (let i = 1; i <= steps; i++) {
      const pong = await step.run(`ping-${i}`, async () => {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return `pong ${i} at ${new Date().toISOString()}`;
      });
      pongs.push(pong as string);
      await progress((i / steps) * 100, `Step ${i} of ${steps}`);
    }
    const result = { pongs: pongs.length, first: pongs[0], last: pongs.at(-1) };
    await jobSucceeded(step, jobId, result);
    return result;
  },
);
