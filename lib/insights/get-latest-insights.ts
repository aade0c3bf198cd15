import { ENGINE_IDS } from "@/lib/analysis/engine";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { tenantOf } from "@/lib/instances/tenant-of";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { assertInstanceFound } from "./find-instance";
import { insightSelect, latestFirst, toInsightView } from "./insight-view";
import type { LatestInsights } from "./schemas";

/** The latest insight of each engine on an instance (null for an engine that has not run), with its summary. */
export async function getLatestInsights(ctx: ActorContext, instanceId: string): Promise<LatestInsights> {
  authorize(ctx, "insights:read");
  assertId(instanceId, "Instance");
  const engines = {} as LatestInsights["engines"];
  await withTenant(tenantOf(ctx), async (tx) => {
    await assertInstanceFound(tx, instanceId);
    // One lookup per engine, on the (organization, instance, engine, created_at) index's prefix.
    for (const engine of ENGINE_IDS) {
      const row = await tx.insight.findFirst({ where: { instanceId, engine }, orderBy: latestFirst, select: insightSelect });
      engines[engine] = row ? toInsightView(row) : null;
    }
  });
  return { instanceId, engines };
}
