import { ENGINE_IDS, type EngineId } from "@/lib/analysis/engine";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import type { Insight } from "@/lib/generated/prisma/client";
import { tenantOf } from "@/lib/instances/tenant-of";
import { assertId } from "@/lib/organizations/ids";
import { type TenantTx, withTenant } from "@/lib/tenancy/with-tenant";
import { insightListSelect, latestFirst, toInsightListItem } from "./insight-view";
import { keyFigureDeltas } from "./key-figure-deltas";
import type { InsightComparison } from "./schemas";
import { storedSubjects } from "./stored-subjects";
import { subjectChanges } from "./subject-changes";

type Row = Pick<Insight, keyof typeof insightListSelect>;
interface Pair {
  engine: EngineId;
  a: Row;
  b: Row;
}

/**
 * What changed from a to b: two insights of one engine (e.g. this month against last month), or
 * two instances (production against test), whose latest insights are compared engine by engine
 * for the engines both have. Key figures get b − a and a direction; subjects get their moves.
 */
export async function compareInsights(ctx: ActorContext, input: { a: string; b: string }): Promise<InsightComparison> {
  authorize(ctx, "insights:read");
  const { a, b } = input;
  assertId(a, "Insight or instance a");
  assertId(b, "Insight or instance b");
  return withTenant(
    tenantOf(ctx),
    async (tx) => {
      const { mode, pairs } = await pairsToCompare(tx, a, b);
      const engines: InsightComparison["engines"] = [];
      // One engine at a time: two parsed results of 100,000 subjects are plenty to hold at once.
      for (const pair of pairs) {
        const before = await storedSubjects(tx, pair.a.id);
        const after = await storedSubjects(tx, pair.b.id);
        engines.push({
          engine: pair.engine,
          a: toInsightListItem(pair.a),
          b: toInsightListItem(pair.b),
          keyFigures: keyFigureDeltas(pair.engine, pair.a.keyFigures as Record<string, number>, pair.b.keyFigures as Record<string, number>),
          subjects: subjectChanges(before, after),
        });
      }
      return { mode, a, b, engines };
    },
    { timeoutMs: 120_000 },
  );
}

async function pairsToCompare(tx: TenantTx, a: string, b: string): Promise<{ mode: InsightComparison["mode"]; pairs: Pair[] }> {
  const insights = await tx.insight.findMany({ where: { id: { in: [a, b] } }, select: insightListSelect });
  const insightA = insights.find((i) => i.id === a);
  const insightB = insights.find((i) => i.id === b);
  if (insightA && insightB) {
    if (insightA.engine !== insightB.engine) {
      throw new AppError("bad_request", `Only insights of one engine can be compared; a is ${insightA.engine}, b is ${insightB.engine}`);
    }
    return { mode: "insights", pairs: [{ engine: insightA.engine as EngineId, a: insightA, b: insightB }] };
  }
  const instances = await tx.serviceNowInstance.findMany({ where: { id: { in: [a, b] } }, select: { id: true } });
  const instanceA = instances.some((i) => i.id === a);
  const instanceB = instances.some((i) => i.id === b);
  if (instanceA && instanceB) {
    const pairs: Pair[] = [];
    for (const engine of ENGINE_IDS) {
      const latestA = await tx.insight.findFirst({ where: { instanceId: a, engine }, orderBy: latestFirst, select: insightListSelect });
      const latestB = latestA && (await tx.insight.findFirst({ where: { instanceId: b, engine }, orderBy: latestFirst, select: insightListSelect }));
      if (latestA && latestB) pairs.push({ engine, a: latestA, b: latestB });
    }
    return { mode: "instances", pairs };
  }
  if ((insightA || instanceA) && (insightB || instanceB)) {
    throw new AppError("bad_request", "Compare two insights or two instances: a and b are one of each");
  }
  throw notFound(`Insight or instance ${insightA || instanceA ? "b" : "a"}`);
}
