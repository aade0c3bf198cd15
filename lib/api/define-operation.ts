import type { z } from "zod";
import type { Permission } from "@/lib/permissions";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Any object schema, strict or not: the wrapper applies strictness itself. */
export type ObjectSchema = z.ZodObject<z.core.$ZodLooseShape, z.core.$ZodObjectConfig>;

interface OperationFields {
  operationId: string;
  method: HttpMethod;
  /** Relative to /api/v1, `{name}` per dynamic segment: app/api/v1/jobs/[jobId] serves "/jobs/{jobId}". */
  path: `/${string}`;
  summary: string;
  description?: string;
  tags: readonly string[];
  params?: ObjectSchema;
  query?: ObjectSchema;
  /** Unknown top-level fields of an object body are rejected; nested objects must be z.strictObject to get the same. */
  body?: z.ZodType;
  /** Bytes; defaults to 1 MiB. */
  bodyLimit?: number;
  /** The result is parsed with it before sending, so fields it does not list never leave the server. */
  response?: z.ZodType;
  /**
   * A success body that is not JSON (e.g. "text/csv"): the handler returns a Response, often a
   * stream, sent with the wrapper's headers added. The document describes it as that media type.
   */
  produces?: string;
  /** Defaults to 200 with a response schema (or `produces`), 204 without. */
  successStatus?: 200 | 201 | 202 | 204;
}

/** One REST operation: the wrapper enforces it and the OpenAPI document describes it, from the same object. */
export type ApiOperation = OperationFields &
  // "user": the caller's own account (2FA, API sessions), a signed-in person with no organization.
  ({ auth: "public"; permission?: never } | { auth: "required"; permission: Permission } | { auth: "user"; permission?: never });

export function successStatus(operation: ApiOperation): number {
  return operation.successStatus ?? (operation.response || operation.produces ? 200 : 204);
}

/** Keeps the literal types (auth, schemas) that withApi needs to type the handler. */
export function defineOperation<const O extends ApiOperation>(operation: O): O {
  return operation;
}
