import type { EngineId } from "@/lib/analysis/engine";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { tenantOf } from "@/lib/instances/tenant-of";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { assertInstanceFound } from "./find-instance";
import { insightListSelect, newestRunFirst, toInsightListItem } from "./insight-view";
import type { InsightListItem } from "./schemas";

/** An instance's insights, newest first, optionally of one engine; without summaries (fetch one with getInsight). */
export async function listInsightHistory(
  ctx: ActorContext,
  instanceId: string,
  page: { engine?: EngineId; limit: number; afterId?: string },
): Promise<{ data: InsightListItem[]; nextId: string | null }> {
  authorize(ctx, "insights:read");
  assertId(instanceId, "Instance");
  if (page.afterId) assertId(page.afterId, "Cursor");
  const rows = await withTenant(tenantOf(ctx), async (tx) => {
    await assertInstanceFound(tx, instanceId);
    return tx.insight.findMany({
      where: { instanceId, ...(page.engine ? { engine: page.engine } : {}) },
      orderBy: newestRunFirst,
      take: page.limit + 1,
      // The cursor row's (created_at, id) is where the page resumes; a cursor of another list finds no row and ends it.
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      select: insightListSelect,
    });
  });
  const data = rows.slice(0, page.limit).map(toInsightListItem);
  return { data, nextId: rows.length > page.limit ? (data.at(-1)?.id ?? null) : null };
}
