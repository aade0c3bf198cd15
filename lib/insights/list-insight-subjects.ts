import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { type InsightSubjectsPage, InsightSubjectsQuery, type SubjectView } from "./schemas";
import { storedSubjects } from "./stored-subjects";

/**
 * The drill-down behind a chart element: the insight's subjects carrying `tag` (and `status`, and
 * `q` in the label or id), in the engine's order, one page at a time.
 */
export async function listInsightSubjects(ctx: ActorContext, insightId: string, input: InsightSubjectsQuery): Promise<InsightSubjectsPage> {
  authorize(ctx, "insights:read");
  assertId(insightId, "Insight");
  const { tag, status, q, limit, offset } = InsightSubjectsQuery.parse(input);
  const subjects = await withTenant(tenantOf(ctx), async (tx) => {
    const insight = await tx.insight.findFirst({ where: { id: insightId }, select: { id: true } });
    if (!insight) throw notFound("Insight");
    return storedSubjects(tx, insightId);
  });
  const needle = q?.toLowerCase();
  const matches = (s: SubjectView) =>
    (!tag || s.tags.includes(tag)) &&
    (!status || s.status === status) &&
    (!needle || s.label.toLowerCase().includes(needle) || s.id.toLowerCase().includes(needle));
  const filtered = tag || status || needle ? subjects.filter(matches) : subjects;
  const data = filtered.slice(offset, offset + limit);
  return {
    insightId,
    total: filtered.length,
    offset,
    nextOffset: offset + limit < filtered.length ? offset + limit : null,
    data,
  };
}
