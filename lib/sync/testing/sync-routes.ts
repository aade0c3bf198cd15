import { vi } from "vitest";
import * as jobRoute from "@/app/api/v1/jobs/[jobId]/route";
import * as historyRoute from "@/app/api/v1/instances/[instanceId]/sync-history/route";
import * as syncRoute from "@/app/api/v1/instances/[instanceId]/sync/route";
import { getCurrentUser } from "@/lib/auth/current-user";
import { type RouteResult, callRoute } from "@/lib/testing/call-route";

// For integration tests of the sync routes as a signed-in person. The test file must mock the
// session lookup (vi.mock is hoisted, so it cannot live here):
//   vi.mock("@/lib/auth/current-user", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: vi.fn() }));

export interface SyncCaller {
  user: { id: string; email: string };
  organization: { id: string };
}

const headers = (caller: SyncCaller) => ({ "x-organization-id": caller.organization.id, "user-agent": "sync-test", "x-forwarded-for": "192.0.2.81" });

function signIn(caller: SyncCaller) {
  vi.mocked(getCurrentUser).mockResolvedValue({ id: caller.user.id, email: caller.user.email, name: null });
}

export function postSync(caller: SyncCaller, instanceId: string, body: unknown): Promise<RouteResult> {
  signIn(caller);
  return callRoute(syncRoute.POST, { method: "POST", url: `/instances/${instanceId}/sync`, params: { instanceId }, body, headers: headers(caller) });
}

export function getSyncHistory(caller: SyncCaller, instanceId: string, query = ""): Promise<RouteResult> {
  signIn(caller);
  const url = `/instances/${instanceId}/sync-history${query ? `?${query}` : ""}`;
  return callRoute(historyRoute.GET, { url, params: { instanceId }, headers: headers(caller) });
}

export function getJobRoute(caller: SyncCaller, jobId: string): Promise<RouteResult> {
  signIn(caller);
  return callRoute(jobRoute.GET, { url: `/jobs/${jobId}`, params: { jobId }, headers: headers(caller) });
}

export function cancelJobRoute(caller: SyncCaller, jobId: string): Promise<RouteResult> {
  signIn(caller);
  return callRoute(jobRoute.DELETE, { method: "DELETE", url: `/jobs/${jobId}`, params: { jobId }, headers: headers(caller) });
}
