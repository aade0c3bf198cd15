import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { AnalysisJob } from "../schemas";
import { analysisJobSelect, analysisJobsWhere, toAnalysisJob } from "./analysis-job-view";

/** An analysis job: status, progress, timings and, per finished engine, its insight and key figures. */
export async function getAnalysisJob(ctx: ActorContext, jobId: string): Promise<AnalysisJob> {
  authorize(ctx, "analysis:read");
  assertId(jobId, "Analysis job");
  return withTenant(tenantOf(ctx), async (tx) => {
    const row = await tx.jobRun.findFirst({ where: { id: jobId, ...analysisJobsWhere }, select: analysisJobSelect });
    if (!row) throw notFound("Analysis job");
    const insights = await tx.insight.findMany({ where: { jobRunId: jobId }, select: { id: true, engine: true, durationMs: true, keyFigures: true } });
    return toAnalysisJob(row, insights);
  });
}
