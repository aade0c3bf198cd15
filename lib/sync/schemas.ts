import { z } from "zod";

// Shared by the REST routes, the sync panel and the OpenAPI document.

export const SyncModeSchema = z
  .enum(["incremental", "full"])
  .describe("`incremental` reads records changed since the last sync; `full` reads everything and removes records the instance no longer has");
export type SyncModeValue = z.infer<typeof SyncModeSchema>;

export const StartSyncInput = z.strictObject({
  mode: SyncModeSchema.default("incremental"),
});
export type StartSyncInput = z.input<typeof StartSyncInput>;

export const SyncAccepted = z
  .object({
    jobId: z.uuid().describe("Follow it at GET /jobs/{jobId}; cancel it with DELETE /jobs/{jobId}"),
    syncRunId: z.uuid(),
  })
  .meta({ id: "SyncAccepted" });
export type SyncAccepted = z.infer<typeof SyncAccepted>;

export const SyncStatusSchema = z.enum(["queued", "running", "succeeded", "failed", "cancelled"]);
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

const Count = z.number().int().min(0);

export const SyncCountsSchema = z.object({
  fetched: Count.describe("Records read from the instance"),
  inserted: Count,
  updated: Count.describe("Existing records whose data changed; a record read again unchanged is not counted"),
  deleted: Count.describe("Full syncs only: records the instance no longer has"),
  quarantined: Count.describe("Records that failed validation; kept aside with the reason"),
});
export type SyncCounts = z.infer<typeof SyncCountsSchema>;

export const SyncTableSchema = SyncCountsSchema.extend({
  name: z.string().describe("What ComplianceIQ calls the data, e.g. controls"),
  table: z.string().describe("The ServiceNow table, e.g. sn_compliance_control"),
  total: Count.describe("Records to read (X-Total-Count), as last reported by the instance"),
  done: z.boolean(),
});
export type SyncTableView = z.infer<typeof SyncTableSchema>;

export const SyncRunSchema = z
  .object({
    id: z.uuid(),
    jobId: z.uuid().nullable(),
    mode: SyncModeSchema,
    status: SyncStatusSchema,
    progress: z.number().int().min(0).max(100).describe("Records read of all tables' totals, in percent"),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    durationMs: z.number().int().min(0).nullable(),
    error: z.string().nullable(),
    totals: SyncCountsSchema,
    tables: z.array(SyncTableSchema).describe("In the order the sync reads them"),
  })
  .meta({ id: "SyncRun" });
export type SyncRunView = z.infer<typeof SyncRunSchema>;

export const SyncRunCursor = z.strictObject({ id: z.uuid() });
