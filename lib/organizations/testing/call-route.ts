import { expect, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";

// For integration tests of route handlers. The test file mocks the session lookup, so a request
// is signed in as the user chosen here (vi.mock is hoisted, so it cannot live in this module):
//   vi.mock("@/lib/auth/current-user", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: vi.fn() }));

type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface RouteCall {
  as: { id: string; email: string } | null;
  /** The organization the session acts in (x-organization-id). */
  org?: string;
  /** After /api/v1 (informational; the handler reads params), or a query string such as "?limit=1". */
  path?: string;
  params?: Record<string, string>;
  body?: unknown;
  method?: string;
}

export async function callRoute(route: Route, call: RouteCall): Promise<{ status: number; body: Record<string, unknown>; contentType: string | null }> {
  vi.mocked(getCurrentUser).mockResolvedValue(call.as ? { id: call.as.id, email: call.as.email, name: null } : null);
  const headers: Record<string, string> = {};
  if (call.org) headers["x-organization-id"] = call.org;
  if (call.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://localhost/api/v1${call.path ?? ""}`, {
    method: call.method ?? "GET",
    headers,
    body: call.body === undefined ? undefined : typeof call.body === "string" ? call.body : JSON.stringify(call.body),
  });
  const response = await route(request, { params: Promise.resolve(call.params ?? {}) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, contentType: response.headers.get("content-type") };
}

/** A 400 problem+json whose field errors name `path` (e.g. "body.email"). */
export function expectBadRequest(result: Awaited<ReturnType<typeof callRoute>>, path: string, label: string) {
  expect(result.status, `${label}: ${JSON.stringify(result.body)}`).toBe(400);
  expect(result.contentType).toContain("application/problem+json");
  const paths = ((result.body.errors as { path: string }[] | undefined) ?? []).map((e) => e.path);
  expect(paths.some((p) => p === path || p.startsWith(`${path}.`)), `${label}: errors ${JSON.stringify(paths)} name ${path}`).toBe(true);
}
