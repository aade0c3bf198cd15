import type { HttpMethod } from "@/lib/api/define-operation";

/** A Next.js route handler as the app router calls it. */
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export interface RouteCall {
  method?: HttpMethod;
  /** The URL path under /api/v1 with its query string, e.g. `/audit/logs?limit=5`. */
  url: string;
  params?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as is (malformed JSON, other media types). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteResult {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON (or problem+json), else undefined. */
  json: unknown;
}

/** Calls a route handler the way Next.js would, and reads the whole response. */
export async function callRoute(handler: RouteHandler, call: RouteCall): Promise<RouteResult> {
  const headers = new Headers(call.headers);
  let body: string | undefined;
  if (call.body !== undefined) {
    body = typeof call.body === "string" ? call.body : JSON.stringify(call.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(`http://localhost/api/v1${call.url}`, { method: call.method ?? "GET", headers, body });
  const response = await handler(request, { params: Promise.resolve(call.params ?? {}) });
  const text = await response.text();
  let json: unknown;
  if (/json/.test(response.headers.get("content-type") ?? "") && text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A fresh documentation-range IPv4 address per call, so per-IP limits of public routes never trip. */
export function uniqueIp(): string {
  const n = Math.floor(Math.random() * 65_536);
  return `198.18.${n >> 8}.${n & 255}`;
}
