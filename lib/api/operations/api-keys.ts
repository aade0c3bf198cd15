import { ApiKeyIdParams, ApiKeySchema, CreateApiKeyInput, CreatedApiKeySchema } from "@/lib/api-keys/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";
import { PaginationQuery, pageOf } from "../pagination";

export const listApiKeysOperation = defineOperation({
  operationId: "listApiKeys",
  method: "GET",
  path: "/api-keys",
  summary: "List the organization's API keys, newest first (never their secrets)",
  tags: ["API keys"],
  auth: "required",
  permission: "apikeys:manage",
  query: PaginationQuery,
  response: pageOf(ApiKeySchema),
});

export const createApiKeyOperation = defineOperation({
  operationId: "createApiKey",
  method: "POST",
  path: "/api-keys",
  summary: "Create an API key; the full key is in this response only",
  description: "The key's permissions must be a subset of the caller's own. Send the key as `Authorization: Bearer <key>`.",
  tags: ["API keys"],
  auth: "required",
  permission: "apikeys:manage",
  body: CreateApiKeyInput,
  bodyLimit: 16 * 1024,
  response: CreatedApiKeySchema,
  successStatus: 201,
});

export const revokeApiKeyOperation = defineOperation({
  operationId: "revokeApiKey",
  method: "DELETE",
  path: "/api-keys/{keyId}",
  summary: "Revoke an API key; it stops working at once",
  tags: ["API keys"],
  auth: "required",
  permission: "apikeys:manage",
  params: ApiKeyIdParams,
});

export const apiKeyOperations: readonly ApiOperation[] = [listApiKeysOperation, createApiKeyOperation, revokeApiKeyOperation];
