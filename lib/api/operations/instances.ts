import {
  ConnectionTestSchema,
  CreateInstanceInput,
  InstanceHealthSchema,
  InstanceIdParams,
  InstanceSchema,
  UpdateInstanceInput,
} from "@/lib/instances/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";
import { PaginationQuery, pageOf } from "../pagination";

const TAGS = ["Instances"];

export const listInstancesOperation = defineOperation({
  operationId: "listInstances",
  method: "GET",
  path: "/instances",
  summary: "List the organization's ServiceNow instances by name (credentials only as masks)",
  tags: TAGS,
  auth: "required",
  permission: "instances:read",
  query: PaginationQuery,
  response: pageOf(InstanceSchema),
});

export const createInstanceOperation = defineOperation({
  operationId: "createInstance",
  method: "POST",
  path: "/instances",
  summary: "Connect a ServiceNow instance",
  description:
    "Credentials are encrypted at rest and never returned. The caller's email address must be verified. " +
    "409 when the organization already has an instance of that name.",
  tags: TAGS,
  auth: "required",
  permission: "instances:create",
  body: CreateInstanceInput,
  bodyLimit: 16 * 1024,
  response: InstanceSchema,
  successStatus: 201,
});

export const getInstanceOperation = defineOperation({
  operationId: "getInstance",
  method: "GET",
  path: "/instances/{instanceId}",
  summary: "One instance (credentials only as masks)",
  tags: TAGS,
  auth: "required",
  permission: "instances:read",
  params: InstanceIdParams,
  response: InstanceSchema,
});

export const updateInstanceOperation = defineOperation({
  operationId: "updateInstance",
  method: "PUT",
  path: "/instances/{instanceId}",
  summary: "Change an instance's name, URL, credentials or sync schedule",
  description:
    "Every field is optional. `auth` replaces the stored credentials and discards stored OAuth tokens; a new `url` " +
    "requires `auth` as well. Either resets the health until the next check.",
  tags: TAGS,
  auth: "required",
  permission: "instances:update",
  params: InstanceIdParams,
  body: UpdateInstanceInput,
  bodyLimit: 16 * 1024,
  response: InstanceSchema,
});

export const deleteInstanceOperation = defineOperation({
  operationId: "deleteInstance",
  method: "DELETE",
  path: "/instances/{instanceId}",
  summary: "Disconnect an instance and delete its credentials, health history and synced data",
  tags: TAGS,
  auth: "required",
  permission: "instances:delete",
  params: InstanceIdParams,
});

export const testInstanceConnectionOperation = defineOperation({
  operationId: "testInstanceConnection",
  method: "POST",
  path: "/instances/{instanceId}/test-connection",
  summary: "Check authentication and read access to each GRC table the sync reads",
  description:
    "Reads one record of every table, reporting status and latency per table, and records the outcome as the " +
    "instance's health. When authentication fails or the instance cannot be reached, the remaining tables are not tried.",
  tags: TAGS,
  auth: "required",
  permission: "instances:update",
  params: InstanceIdParams,
  response: ConnectionTestSchema,
});

export const getInstanceHealthOperation = defineOperation({
  operationId: "getInstanceHealth",
  method: "GET",
  path: "/instances/{instanceId}/health",
  summary: "An instance's current health, circuit breaker state and health-check history, newest first",
  tags: TAGS,
  auth: "required",
  permission: "instances:read",
  params: InstanceIdParams,
  query: PaginationQuery,
  response: InstanceHealthSchema,
});

export const instanceOperations: readonly ApiOperation[] = [
  listInstancesOperation,
  createInstanceOperation,
  getInstanceOperation,
  updateInstanceOperation,
  deleteInstanceOperation,
  testInstanceConnectionOperation,
  getInstanceHealthOperation,
];
