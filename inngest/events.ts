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

// Analysis (lib/analysis): a tracked job runs engines on one sync's frozen data.
export const analysisRunRequested = eventType("analysis/run.requested", {
  schema: z.object({
    organizationId: z.string(),
    jobId: z.string(),
    instanceId: z.string(),
    engines: z.array(z.enum(["controls", "risks", "compliance", "predictive"])).min(1),
    options: z.record(z.string(), z.unknown()),
    /** Set for a replay: the sync whose stored data to analyse; otherwise the latest sync. */
    syncRunId: z.string().optional(),
    requestedBy: z.string(),
  }),
});

export const analysisRunCompleted = eventType("analysis/run.completed", {
  schema: z.object({
    organizationId: z.string(),
    instanceId: z.string(),
    jobId: z.string(),
    syncRunId: z.string(),
    insightIds: z.array(z.string()),
  }),
});

export const insightExportRequested = eventType("insight/export.requested", {
  schema: z.object({ organizationId: z.string(), jobId: z.string(), exportId: z.string() }),
});
