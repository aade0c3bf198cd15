import { ENGINE_IDS } from "@/lib/analysis/engine";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { tenantOf } from "@/lib/instances/tenant-of";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { assertInstanceFound } from "./find-instance";
import { type InsightTrends, InsightTrendsQuery } from "./schemas";

/**
 * Key figures over time, per engine: one point per insight, oldest first by the time its data was
 * current, so a replay of an old sync lands where its data belongs. With more insights than
 * `limit`, the most recent ones are kept.
 */
export async function getInsightTrends(ctx: ActorContext, instanceId: string, input: InsightTrendsQuery): Promise<InsightTrends> {
  authorize(ctx, "insights:read");
  assertId(instanceId, "Instance");
  const { engine, from, to, limit } = InsightTrendsQuery.parse(input);
  const engines = engine ? [engine] : ENGINE_IDS;
  const dataAsOf = from || to ? { ...(from ? { gte: new Date(from) } : {}), ...(to ? { lte: new Date(to) } : {}) } : undefined;
  const series = await withTenant(tenantOf(ctx), async (tx) => {
    await assertInstanceFound(tx, instanceId);
    const result: InsightTrends["series"] = [];
    for (const id of engines) {
      const rows = await tx.insight.findMany({
        where: { instanceId, engine: id, ...(dataAsOf ? { dataAsOf } : {}) },
        orderBy: [{ dataAsOf: "desc" }, { createdAt: "desc" }, { id: "desc" }],
        take: limit,
        select: { id: true, dataAsOf: true, createdAt: true, keyFigures: true },
      });
      const points = rows.reverse().map((row) => ({
        insightId: row.id,
        dataAsOf: row.dataAsOf.toISOString(),
        createdAt: row.createdAt.toISOString(),
        keyFigures: row.keyFigures as Record<string, number>,
      }));
      result.push({ engine: id, points });
    }
    return result;
  });
  return { instanceId, series };
}
