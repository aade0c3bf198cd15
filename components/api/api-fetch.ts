/**
 * Browser-side client for our own /api/v1 routes: same-origin (the session cookie rides along),
 * JSON in and out, the organization named in a header, and RFC 9457 problems turned into ApiError.
 */

export interface ProblemFieldError {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId?: string;
  errors?: ProblemFieldError[];
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = "ApiError";
    this.problem = problem;
  }

  get status() {
    return this.problem.status;
  }
}

export interface ApiFetchOptions {
  orgSlug: string;
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Serialized as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.status === "number" && typeof v.title === "string";
}

// Proxies, the framework's own error pages or a dropped connection do not answer with a problem;
// give the UI one anyway so every failure renders the same way.
function syntheticProblem(status: number, statusText: string): Problem {
  const offline = status === 0;
  return {
    type: "about:blank",
    title: offline ? "Network error" : statusText || "Request failed",
    status,
    detail: offline
      ? "Could not reach ComplianceIQ. Check your connection and try again."
      : `The server answered ${status}${statusText ? ` ${statusText}` : ""}. Try again in a moment.`,
    code: offline ? "network_error" : "unexpected_response",
  };
}

export async function apiFetch<T>(path: string, { orgSlug, method = "GET", body, signal }: ApiFetchOptions): Promise<T> {
  const headers: Record<string, string> = {
    accept: "application/json, application/problem+json",
    "x-organization-slug": orgSlug,
  };
  if (body !== undefined) headers["content-type"] = "application/json";

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(syntheticProblem(0, ""));
  }

  const text = await response.text();
  let payload: unknown = undefined;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
  }

  if (!response.ok) {
    throw new ApiError(isProblem(payload) ? payload : syntheticProblem(response.status, response.statusText));
  }
  return payload as T;
}

/** A sentence for a toast, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail || error.problem.title;
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Try again in a moment.";
}
