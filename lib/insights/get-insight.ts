import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { insightSelect, toInsightView } from "./insight-view";
import type { InsightView } from "./schemas";

/** One insight with its summary, for its page and its export; another tenant's is not found. */
export async function getInsight(ctx: ActorContext, insightId: string): Promise<InsightView> {
  authorize(ctx, "insights:read");
  assertId(insightId, "Insight");
  const row = await withTenant(tenantOf(ctx), (tx) => tx.insight.findFirst({ where: { id: insightId }, select: insightSelect }));
  if (!row) throw notFound("Insight");
  return toInsightView(row);
}
