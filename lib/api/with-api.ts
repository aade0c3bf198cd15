import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { resolveUserCaller } from "@/lib/auth/tokens/resolve-user-caller";
import type { UserCaller } from "@/lib/auth/tokens/user-caller";
import { AppError } from "@/lib/errors";
import { type ApiOperation, successStatus } from "./define-operation";
import { inputParser } from "./parse-input";
import { problemResponse } from "./problem";
import { actorBuckets, clientBuckets, enforceRateLimit, userBuckets } from "./rate-limit";
import { REQUEST_ID_HEADER, requestIdFor } from "./request-id";
import { resolveCaller } from "./resolve-caller";

type Parsed<O, K extends string, Otherwise> = O extends { [P in K]: infer S extends z.ZodType } ? z.output<S> : Otherwise;

export interface HandlerInput<O extends ApiOperation> {
  ctx: O["auth"] extends "public" ? null : O["auth"] extends "user" ? UserCaller : ActorContext;
  params: Parsed<O, "params", Record<string, never>>;
  query: Parsed<O, "query", Record<string, never>>;
  body: Parsed<O, "body", undefined>;
  request: Request;
  requestId: string;
}

export type HandlerResult<O extends ApiOperation> = O extends { produces: string }
  ? Response
  : O extends { response: infer S extends z.ZodType }
    ? z.input<S>
    : void;

/** Next.js passes every dynamic segment; catch-all segments arrive as arrays. */
export interface ApiRouteContext {
  params: Promise<Record<string, string | string[]>>;
}

export type ApiRouteHandler<O extends ApiOperation> = ((request: Request, context: ApiRouteContext) => Promise<Response>) & {
  readonly operation: O;
};

/**
 * Turns an operation and a handler into a route handler: request id, caller, rate limit,
 * permission, input validation, response serialisation, and problem+json for anything thrown.
 * The operation rides on the handler so tests can check it against the registry.
 */
export function withApi<const O extends ApiOperation>(
  operation: O,
  handler: (input: HandlerInput<O>) => Promise<HandlerResult<O>> | HandlerResult<O>,
): ApiRouteHandler<O> {
  const op: ApiOperation = operation;
  const parseInput = inputParser(op);

  const route = async (request: Request, context: ApiRouteContext): Promise<Response> => {
    const requestId = requestIdFor(request);
    const headers = new Headers({ [REQUEST_ID_HEADER]: requestId });
    // Tenant data (and issued tokens) must never be stored by a shared cache between the app and the caller.
    if (op.auth !== "public" || op.method !== "GET") headers.set("cache-control", "private, no-store");
    try {
      const ctx = op.auth === "required" ? await authenticate(request, () => resolveCaller(request, requestId)) : null;
      const user = op.auth === "user" ? await authenticate(request, () => resolveUserCaller(request, requestId)) : null;
      const limits = await enforceRateLimit(ctx ? actorBuckets(ctx) : user ? userBuckets(user.userId) : clientBuckets(request));
      for (const [name, value] of Object.entries(limits)) headers.set(name, value);
      // Before the body is read: a caller without the permission learns nothing about the input schema.
      if (ctx && op.auth === "required") authorize(ctx, op.permission);
      const input = await parseInput(request, (await context.params) ?? {});
      const result = await handler({ ...input, ctx: ctx ?? user, request, requestId } as HandlerInput<O>);
      return respond(op, result, headers);
    } catch (error) {
      // Next.js signals (redirect, notFound, dynamic rendering bail-outs) must reach Next.js.
      unstable_rethrow(error);
      return problemResponse(error, requestId, headers);
    }
  };
  return Object.assign(route, { operation });
}

/** Failed authentication also counts against the client IP, so tokens cannot be guessed at full speed. */
async function authenticate<Caller>(request: Request, resolve: () => Promise<Caller>): Promise<Caller> {
  try {
    return await resolve();
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthenticated") await enforceRateLimit(clientBuckets(request));
    throw error;
  }
}

function respond(op: ApiOperation, result: unknown, headers: Headers): Response {
  const status = successStatus(op);
  if (op.produces) {
    if (!(result instanceof Response)) throw new Error(`${op.operationId} must return a Response of ${op.produces}`);
    result.headers.forEach((value, name) => headers.set(name, value));
    return new Response(result.body, { status: result.status, headers });
  }
  if (!op.response || status === 204) return new Response(null, { status, headers });
  const parsed = op.response.safeParse(result);
  // A handler returning something its schema does not describe is our bug: a logged 500, not a 400.
  if (!parsed.success) throw new Error(`${op.operationId} returned a value its response schema rejects: ${parsed.error.message}`);
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify(parsed.data), { status, headers });
}
