import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { tenantOf } from "@/lib/instances/tenant-of";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { AnalysisJob } from "../schemas";
import { analysisJobSelect, analysisJobsWhere, toAnalysisJob } from "./analysis-job-view";

/** The organization's analysis jobs, newest first, optionally for one instance. */
export async function listAnalysisJobs(
  ctx: ActorContext,
  query: { instanceId?: string; limit: number; cursor?: string },
): Promise<{ data: AnalysisJob[]; nextCursor: string | null }> {
  authorize(ctx, "analysis:read");
  return withTenant(tenantOf(ctx), async (tx) => {
    const rows = await tx.jobRun.findMany({
      where: { ...analysisJobsWhere, ...(query.instanceId ? { event: { path: ["data", "instanceId"], equals: query.instanceId } } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
      select: analysisJobSelect,
    });
    const page = rows.slice(0, query.limit);
    const insights = await tx.insight.findMany({
      where: { jobRunId: { in: page.map((r) => r.id) } },
      select: { id: true, engine: true, durationMs: true, keyFigures: true, jobRunId: true },
    });
    return {
      data: page.map((row) => toAnalysisJob(row, insights.filter((i) => i.jobRunId === row.id))),
      nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    };
  });
}
