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

// Sync (lib/sync): a tracked job per sync run; `instance/sync.completed` follows a successful one.
const SyncCounts = z.object({
  fetched: z.number(), inserted: z.number(), updated: z.number(), deleted: z.number(), quarantined: z.number(),
});

export const instanceSyncRequested = eventType("instance/sync.requested", {
  schema: z.object({
    organizationId: z.string(),
    jobId: z.string(),
    instanceId: z.string(),
    syncRunId: z.string(),
    mode: z.enum(["incremental", "full"]),
    requestedBy: z.string(),
    /** Records per Table API request; default chosen by the sync from the tables' sizes. */
    pageSize: z.number().int().min(1).max(10_000).optional(),
  }),
});

export const instanceSyncCompleted = eventType("instance/sync.completed", {
  schema: z.object({
    organizationId: z.string(),
    instanceId: z.string(),
    syncRunId: z.string(),
    mode: z.enum(["incremental", "full"]),
    counts: SyncCounts,
    tables: z.record(z.string(), SyncCounts),
  }),
});
