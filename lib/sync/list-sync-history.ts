import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { SyncRunView } from "./schemas";
import { settleStrandedSyncRuns } from "./settle-sync-run";
import { syncRunSelect, toSyncRunView } from "./sync-run-view";

/**
 * An instance's sync runs, newest first (ids are time-ordered UUIDv7), the running one included
 * with its live per-table progress. Runs whose job has ended without them are settled first, so a
 * cancelled sync never shows as running.
 */
export async function listSyncHistory(
  ctx: ActorContext,
  instanceId: string,
  page: { limit: number; afterId?: string },
): Promise<{ data: SyncRunView[]; nextId: string | null }> {
  authorize(ctx, "instances:read");
  assertId(instanceId, "Instance");
  if (page.afterId) assertId(page.afterId, "Cursor");
  const rows = await withTenant(tenantOf(ctx), async (tx) => {
    const instance = await tx.serviceNowInstance.findFirst({ where: { id: instanceId }, select: { id: true } });
    if (!instance) throw notFound("Instance");
    await settleStrandedSyncRuns(tx, ctx.organizationId, instanceId);
    return tx.syncRun.findMany({
      where: { instanceId, ...(page.afterId ? { id: { lt: page.afterId } } : {}) },
      orderBy: { id: "desc" },
      take: page.limit + 1,
      select: syncRunSelect,
    });
  });
  const data = rows.slice(0, page.limit).map(toSyncRunView);
  return { data, nextId: rows.length > page.limit ? (data.at(-1)?.id ?? null) : null };
}
