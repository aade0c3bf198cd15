import { z } from "zod";
import { prismaErrorCode } from "@/lib/db/prisma-errors";
import { AppError, errorStatus, type ErrorCode, type FieldIssue } from "@/lib/errors";
import { REQUEST_ID_HEADER } from "./request-id";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
const PROBLEM_TYPE_BASE = "https://complianceiq.dev/problems/";

// A Record over ErrorCode so that a new code cannot ship without a title.
const TITLES: Record<ErrorCode, string> = {
  bad_request: "Bad request",
  validation_failed: "Validation failed",
  invalid_cursor: "Invalid cursor",
  invalid_token: "Invalid or expired token",
  unauthenticated: "Unauthenticated",
  forbidden: "Forbidden",
  email_not_verified: "Email address not verified",
  mfa_enrollment_required: "Two-factor authentication required",
  not_found: "Not found",
  method_not_allowed: "Method not allowed",
  conflict: "Conflict",
  account_locked: "Account locked",
  payload_too_large: "Payload too large",
  unsupported_media_type: "Unsupported media type",
  rate_limited: "Too many requests",
  internal_error: "Internal server error",
  service_unavailable: "Service unavailable",
};

const ERROR_CODES = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

/** RFC 9457 problem details; the OpenAPI document publishes this same schema. */
export const ProblemSchema = z
  .object({
    type: z.url(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    code: z.enum(ERROR_CODES),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "An RFC 9457 problem detail with a stable `code`." });

export type Problem = z.infer<typeof ProblemSchema>;

interface ProblemParts {
  code: ErrorCode;
  detail: string;
  errors?: FieldIssue[];
  headers?: Record<string, string>;
}

/** Turns anything thrown while serving a request into a problem+json response that leaks nothing internal. */
export function problemResponse(error: unknown, requestId: string, baseHeaders?: HeadersInit): Response {
  const parts = problemParts(error);
  const status = errorStatus[parts.code];
  if (status >= 500) console.error(`[api] ${parts.code} requestId=${requestId}`, error);
  const body: Problem = {
    type: PROBLEM_TYPE_BASE + parts.code,
    title: TITLES[parts.code],
    status,
    detail: parts.detail,
    code: parts.code,
    requestId,
    ...(parts.errors?.length ? { errors: parts.errors } : {}),
  };
  const headers = new Headers(baseHeaders);
  for (const [name, value] of Object.entries(parts.headers ?? {})) headers.set(name, value);
  headers.set("content-type", PROBLEM_CONTENT_TYPE);
  headers.set(REQUEST_ID_HEADER, requestId);
  return new Response(JSON.stringify(body), { status, headers });
}

function problemParts(error: unknown): ProblemParts {
  if (error instanceof AppError) {
    return { code: error.code, detail: error.message, errors: error.errors, headers: error.headers };
  }
  if (error instanceof z.core.$ZodError) {
    const errors = fieldIssues(error);
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    return { code: "validation_failed", detail: first ? `${first.path}: ${first.message}${more}` : "Invalid input", errors };
  }
  switch (prismaErrorCode(error)) {
    case "P2025":
      return { code: "not_found", detail: "The resource was not found" };
    case "P2002":
      return { code: "conflict", detail: "A resource with the same unique value already exists" };
  }
  return { code: "internal_error", detail: "An unexpected error occurred; quote the request id when reporting it" };
}

/** One entry per offending field, so an unknown key is named in `path` rather than hidden in a message. */
function fieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: joinPath([...issue.path, key]), message: "Unknown field" }))
      : [{ path: joinPath(issue.path), message: issue.message }],
  );
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}
