import { InstanceIdParams } from "@/lib/instances/schemas";
import { StartSyncInput, SyncAccepted, SyncRunSchema } from "@/lib/sync/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";
import { PaginationQuery, pageOf } from "../pagination";

const TAGS = ["Instances"];

export const startSyncOperation = defineOperation({
  operationId: "startInstanceSync",
  method: "POST",
  path: "/instances/{instanceId}/sync",
  summary: "Start a sync of the instance's GRC tables as a background job",
  description:
    "`incremental` (the default) reads the records changed since the last sync; `full` reads everything and removes " +
    "records the instance no longer has. Follow the job at GET /jobs/{jobId} (progress, counts, error) and cancel it " +
    "with DELETE /jobs/{jobId}. 409 when a sync of the instance is already queued or running.",
  tags: TAGS,
  auth: "required",
  permission: "instances:update",
  params: InstanceIdParams,
  body: StartSyncInput,
  bodyLimit: 1024,
  response: SyncAccepted,
  successStatus: 202,
});

export const listSyncHistoryOperation = defineOperation({
  operationId: "listInstanceSyncHistory",
  method: "GET",
  path: "/instances/{instanceId}/sync-history",
  summary: "The instance's syncs, newest first, with status, duration, per-table counts and the error if any",
  tags: TAGS,
  auth: "required",
  permission: "instances:read",
  params: InstanceIdParams,
  query: PaginationQuery,
  response: pageOf(SyncRunSchema),
});

export const syncOperations: readonly ApiOperation[] = [startSyncOperation, listSyncHistoryOperation];
