import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { enqueueJob } from "./enqueue-job";
import type { PingInput } from "./schemas";

/** Starts the demo ping job: a few timed steps that show progress, retries and resumption. */
export async function requestPing(ctx: ActorContext, input: PingInput): Promise<{ jobId: string }> {
  authorize(ctx, "jobs:create");
  const jobId = await enqueueJob(ctx, {
    functionId: "demo-ping",
    eventName: "demo/ping.requested",
    data: { steps: input.steps, delayMs: input.delayMs, requestedBy: ctx.actorId },
  });
  return { jobId };
}
