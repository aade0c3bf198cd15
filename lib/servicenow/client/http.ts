import { ServiceNowError, redact } from "./errors";

export interface JsonRequest {
  url: URL;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Values that must never appear in an error message (passwords, tokens, header values). */
  secrets: readonly string[];
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  /** The parsed body; null when an error response had no (valid) JSON body. */
  body: unknown;
}

/**
 * One HTTP exchange, with the whole body read under the timeout. Transport failures (network,
 * timeout, a 2xx whose body is not complete JSON) become ServiceNowErrors; any HTTP status is
 * returned for the caller to interpret, since the token endpoint and the Table API word their
 * errors differently.
 */
export async function requestJson(request: JsonRequest): Promise<JsonResponse> {
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
  const where = `${request.method} ${request.url.pathname}`;
  let response: Response;
  let text: string;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal,
      redirect: "manual", // a redirect is a login page or a moved instance, never data
    });
    text = await response.text();
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    if (timeout.aborted) {
      throw new ServiceNowError("timeout", `${where} timed out after ${request.timeoutMs} ms`);
    }
    throw new ServiceNowError("network", `${where} failed: ${describeNetworkError(error, request.secrets)}`);
  }
  const ok = response.status >= 200 && response.status < 300;
  const body = parseJson(text);
  if (ok && body === undefined) {
    throw new ServiceNowError("malformed_response", malformedMessage(where, response, text), {
      status: response.status,
    });
  }
  return { status: response.status, headers: response.headers, body: body ?? null };
}

// undefined marks "not JSON"; the parser's own message is dropped because V8 quotes the text,
// which could be a token response.
function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function malformedMessage(where: string, response: Response, text: string): string {
  const type = response.headers.get("content-type") ?? "no content type";
  if (type.includes("text/html")) {
    return `${where} returned an HTML page instead of JSON (a hibernating developer instance or a login page answers like this)`;
  }
  return `${where} returned a body that is not complete JSON (${text.length} characters, ${type}); the response was probably cut off`;
}

function describeNetworkError(error: unknown, secrets: readonly string[]): string {
  // undici wraps the useful part (ECONNREFUSED, ECONNRESET, "other side closed") in `cause`.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  return redact(typeof code === "string" ? `${code} (${message})` : message, secrets);
}
