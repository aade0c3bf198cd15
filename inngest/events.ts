import { eventType } from "inngest";
import { z } from "zod";

// Event names read `domain/noun.verb` in the past tense and always carry organizationId.
// Tracked jobs also carry the jobId of their JobRun row, which the UI and REST read.

export const pingRequested = eventType("demo/ping.requested", {
  schema: z.object({
    organizationId: z.string(),
    jobId: z.string(),
    requestedBy: z.string(),
    steps: z.number().int().min(1).max(20),
    delayMs: z.number().int().min(0).max(10_000),
  }),
});

export const jobCancelRequested = eventType("job/cancel.requested", {
  schema: z.object({ organizationId: z.string(), jobId: z.string() }),
});
