import { type ApiOperation, successStatus } from "./define-operation";
import { createSchemaComponents, type JsonSchema } from "./openapi-schemas";
import { operations } from "./operations";
import { ORGANIZATION_ID_HEADER, ORGANIZATION_SLUG_HEADER } from "./organization-headers";
import { enforcedSchemas } from "./parse-input";
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from "./problem";
import { REQUEST_ID_HEADER } from "./request-id";

const ref = (section: string, name: string) => ({ $ref: `#/components/${section}/${name}` });

const integer = { type: "integer" };

const HEADERS = {
  RequestId: {
    description: "The caller's x-request-id when it is a sane token, else a generated one. Quote it in support requests.",
    schema: { type: "string" },
  },
  RateLimitLimit: { description: "Requests allowed in the window (the tightest of the caller's limits).", schema: integer },
  RateLimitRemaining: { description: "Requests left in the window.", schema: integer },
  RateLimitReset: { description: "Seconds until the window resets.", schema: integer },
  RetryAfter: { description: "Seconds to wait before retrying.", schema: integer },
};

const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": ref("headers", "RateLimitLimit"),
  "RateLimit-Remaining": ref("headers", "RateLimitRemaining"),
  "RateLimit-Reset": ref("headers", "RateLimitReset"),
};

const PROBLEMS = {
  BadRequest: [400, "Malformed or invalid input (`bad_request`, `validation_failed`, `invalid_cursor`)."],
  Unauthenticated: [401, "No valid session or token (`unauthenticated`)."],
  Forbidden: [403, "The caller lacks the operation's permission (`forbidden`)."],
  NotFound: [404, "The organization or resource does not exist for this caller (`not_found`)."],
  PayloadTooLarge: [413, "The body exceeds the operation's size limit (`payload_too_large`)."],
  UnsupportedMediaType: [415, "The body is not application/json (`unsupported_media_type`)."],
  RateLimited: [429, "Too many requests (`rate_limited`)."],
  InternalError: [500, "An unexpected error, detailed only in the server log under the request id (`internal_error`)."],
} as const;

type ProblemName = keyof typeof PROBLEMS;

const headerParameter = (name: string, description: string, schema: JsonSchema) => ({
  name,
  in: "header",
  required: false,
  description,
  schema,
});

const PARAMETERS = {
  RequestId: headerParameter(REQUEST_ID_HEADER, "Echoed back when it is 1-128 characters of [A-Za-z0-9._-].", {
    type: "string",
    maxLength: 128,
  }),
  OrganizationSlug: headerParameter(ORGANIZATION_SLUG_HEADER, "For session callers: the organization to act in.", {
    type: "string",
  }),
  OrganizationId: headerParameter(ORGANIZATION_ID_HEADER, "For session callers: the organization to act in, by id.", {
    type: "string",
    format: "uuid",
  }),
};

const SECURITY_SCHEMES = {
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: "next-auth.session-token",
    description: "The browser session (`__Secure-next-auth.session-token` over HTTPS).",
  },
  bearerToken: { type: "http", scheme: "bearer", description: "An API key or access token." },
};

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the registered operations (or, in tests,
 * the given ones) and the very schemas the wrapper validates with.
 */
export function buildOpenApiDocument(list: readonly ApiOperation[] = operations) {
  const components = createSchemaComponents();
  const problem = components.convert(ProblemSchema, "output");
  // Responses first: see createSchemaComponents for why the order matters.
  const responses = new Map(list.map((op) => [op, op.response && components.convert(op.response, "output")]));
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of list) {
    (paths[op.path] ??= {})[op.method.toLowerCase()] = describeOperation(op, responses.get(op), components);
  }
  return {
    openapi: "3.1.0",
    info: { title: "ComplianceIQ API", version: "1" },
    servers: [{ url: "/api/v1" }],
    tags: [...new Set(list.flatMap((op) => op.tags))].sort().map((name) => ({ name })),
    paths,
    components: {
      schemas: components.schemas,
      responses: Object.fromEntries(
        Object.entries(PROBLEMS).map(([name, [status, description]]) => [name, problemDescription(problem, description, status)]),
      ),
      parameters: PARAMETERS,
      headers: HEADERS,
      securitySchemes: SECURITY_SCHEMES,
    },
  };
}

type Components = ReturnType<typeof createSchemaComponents>;

function describeOperation(op: ApiOperation, response: JsonSchema | undefined, components: Components) {
  const schemas = enforcedSchemas(op);
  const authenticated = op.auth === "required";
  const status = successStatus(op);
  const permissionNote = authenticated ? `Requires the \`${op.permission}\` permission.` : undefined;
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: [op.description, permissionNote].filter(Boolean).join("\n\n") || undefined,
    tags: [...op.tags],
    ...(authenticated && { "x-permission": op.permission }),
    // "user" operations take a session or an access token too, but act on no organization.
    security: op.auth === "public" ? [] : [{ sessionCookie: [] }, { bearerToken: [] }],
    parameters: [
      ...parameters(components.resolve(components.convert(schemas.params, "input")), "path"),
      ...parameters(components.resolve(components.convert(schemas.query, "input")), "query"),
      ref("parameters", "RequestId"),
      ...(authenticated ? [ref("parameters", "OrganizationSlug"), ref("parameters", "OrganizationId")] : []),
    ],
    ...(schemas.body && {
      requestBody: {
        // A body schema that accepts undefined (z.optional) lets the client send no body at all.
        required: !schemas.body.safeParse(undefined).success,
        content: { "application/json": { schema: components.convert(schemas.body, "input") } },
      },
    }),
    responses: {
      [status]: {
        description: op.summary,
        headers: { [REQUEST_ID_HEADER]: ref("headers", "RequestId"), ...RATE_LIMIT_HEADERS },
        ...(op.produces
          ? { content: { [op.produces]: { schema: { type: "string" } } } }
          : response && status !== 204 && { content: { "application/json": { schema: response } } }),
      },
      ...problemRefs(op),
    },
  };
}

function parameters(object: JsonSchema, location: "path" | "query") {
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: location,
    required: location === "path" || required.has(name),
    ...(typeof schema.description === "string" && { description: schema.description }),
    schema,
  }));
}

function problemRefs(op: ApiOperation) {
  const names: ProblemName[] = ["BadRequest"];
  if (op.auth === "user") names.push("Unauthenticated", "Forbidden");
  if (op.auth === "required") names.push("Unauthenticated", "Forbidden", "NotFound");
  else if (op.params) names.push("NotFound");
  if (op.body) names.push("PayloadTooLarge", "UnsupportedMediaType");
  names.push("RateLimited", "InternalError");
  return Object.fromEntries(names.map((name) => [PROBLEMS[name][0], ref("responses", name)]));
}

function problemDescription(problem: JsonSchema, description: string, status: number) {
  return {
    description,
    headers: {
      [REQUEST_ID_HEADER]: ref("headers", "RequestId"),
      ...(status === 429 && { ...RATE_LIMIT_HEADERS, "Retry-After": ref("headers", "RetryAfter") }),
    },
    content: { [PROBLEM_CONTENT_TYPE]: { schema: problem } },
  };
}
