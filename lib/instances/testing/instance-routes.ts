import { vi } from "vitest";
import * as instanceRoute from "@/app/api/v1/instances/[instanceId]/route";
import * as healthRoute from "@/app/api/v1/instances/[instanceId]/health/route";
import * as testRoute from "@/app/api/v1/instances/[instanceId]/test-connection/route";
import * as collectionRoute from "@/app/api/v1/instances/route";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { HttpMethod } from "@/lib/api/define-operation";
import { callRoute, type RouteHandler, type RouteResult } from "@/lib/testing/call-route";

// For integration tests of the instance routes as a signed-in person. The test file must mock the
// session lookup (vi.mock is hoisted, so it cannot live here):
//   vi.mock("@/lib/auth/current-user", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: vi.fn() }));

export interface Caller {
  user: { id: string; email: string };
  organizationId: string;
}

export type InstanceRouteName = "list" | "create" | "get" | "update" | "delete" | "test" | "health";

const handlers: Record<InstanceRouteName, { handler: RouteHandler; method: HttpMethod; item: boolean; suffix?: string }> = {
  list: { handler: collectionRoute.GET, method: "GET", item: false },
  create: { handler: collectionRoute.POST, method: "POST", item: false },
  get: { handler: instanceRoute.GET, method: "GET", item: true },
  update: { handler: instanceRoute.PUT, method: "PUT", item: true },
  delete: { handler: instanceRoute.DELETE, method: "DELETE", item: true },
  test: { handler: testRoute.POST, method: "POST", item: true, suffix: "/test-connection" },
  health: { handler: healthRoute.GET, method: "GET", item: true, suffix: "/health" },
};

/** Calls one of the instance routes as `caller`, the way Next.js would. */
export async function call(
  caller: Caller,
  route: InstanceRouteName,
  options: { instanceId?: string; body?: unknown; query?: string } = {},
): Promise<RouteResult> {
  const { handler, method, item, suffix = "" } = handlers[route];
  vi.mocked(getCurrentUser).mockResolvedValue({ id: caller.user.id, email: caller.user.email, name: null });
  const path = item ? `/instances/${options.instanceId}${suffix}` : "/instances";
  return callRoute(handler, {
    method,
    url: `${path}${options.query ? `?${options.query}` : ""}`,
    params: item ? { instanceId: options.instanceId ?? "" } : {},
    body: options.body,
    headers: { "x-organization-id": caller.organizationId, "user-agent": "instances-test", "x-forwarded-for": "192.0.2.80" },
  });
}

export const asCaller = (member: { user: { id: string; email: string }; organization: { id: string } }): Caller => ({
  user: member.user,
  organizationId: member.organization.id,
});
