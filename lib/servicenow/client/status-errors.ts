import { ServiceNowError, redact } from "./errors";
import type { JsonResponse } from "./http";
import { parseRetryAfter } from "./retry";

interface Context {
  /** "GET /api/now/table/x", for the message. */
  where: string;
  secrets: readonly string[];
  now: number;
}

/** Turns a non-2xx Table API response into a ServiceNowError whose kind decides retrying. */
export function statusError(response: JsonResponse, context: Context): ServiceNowError {
  const { status } = response;
  const reason = serverReason(response.body, context.secrets);
  const base = `${context.where} answered HTTP ${status}${reason ? `: ${reason}` : ""}`;
  const options = { status };

  if (status === 401) {
    const mfa = response.headers.get("x-mfa_token") === "invalid" ? " (the user requires MFA)" : "";
    return new ServiceNowError("auth", `ServiceNow rejected the credentials${mfa}; ${base}`, options);
  }
  if (status === 403) return new ServiceNowError("forbidden", `${base} (check the integration user's roles and ACLs)`, options);
  if (status === 404) return new ServiceNowError("not_found", base, options);
  if (status === 400 && /^Invalid table/i.test(reason)) return new ServiceNowError("invalid_table", base, options);
  if (status === 429 || status === 503) {
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), context.now);
    return new ServiceNowError(status === 429 ? "rate_limited" : "server", base, { status, retryAfterMs });
  }
  if (status >= 500) return new ServiceNowError("server", base, options);
  if (status >= 300 && status < 400) {
    const target = safeHost(response.headers.get("location"));
    return new ServiceNowError("bad_request", `${base}, a redirect${target ? ` to ${target}` : ""}; check the instance URL`, options);
  }
  return new ServiceNowError("bad_request", base, options);
}

// The Table API's envelope is {"error":{"message","detail"},"status":"failure"}.
function serverReason(body: unknown, secrets: readonly string[]): string {
  const error = (body as { error?: { message?: unknown; detail?: unknown } } | null)?.error;
  if (!error) return "";
  const parts = [error.message, error.detail].filter((part): part is string => typeof part === "string" && part !== "");
  return redact(parts.join(" - "), secrets).slice(0, 300);
}

// Only the host: a login redirect's query string can carry state we should not repeat.
function safeHost(location: string | null): string | null {
  if (!location) return null;
  try {
    return new URL(location).host;
  } catch {
    return null;
  }
}
