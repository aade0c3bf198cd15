import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { cancelJob } from "@/lib/jobs/cancel-job";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { analysisJobsWhere } from "./analysis-job-view";

/**
 * Cancels a queued or running analysis, or deletes a finished one with its insights. Insights
 * someone saved as a report are kept: the caller deletes the saved reports first.
 */
export async function deleteAnalysisJob(ctx: ActorContext, jobId: string): Promise<{ jobId: string; outcome: "cancelled" | "deleted" }> {
  authorize(ctx, "analysis:delete");
  assertId(jobId, "Analysis job");
  const job = await withTenant(tenantOf(ctx), (tx) =>
    tx.jobRun.findFirst({ where: { id: jobId, ...analysisJobsWhere }, select: { status: true } }),
  );
  if (!job) throw notFound("Analysis job");
  if (job.status === "QUEUED" || job.status === "RUNNING") {
    await cancelJob(ctx, jobId);
    return { jobId, outcome: "cancelled" };
  }
  await withTenant(tenantOf(ctx), async (tx) => {
    const saved = await tx.savedReport.count({ where: { insight: { jobRunId: jobId } } });
    if (saved > 0) throw new AppError("conflict", `This analysis has ${saved} saved report${saved === 1 ? "" : "s"}; delete them first`);
    const { count } = await tx.insight.deleteMany({ where: { jobRunId: jobId } });
    await tx.jobRun.deleteMany({ where: { id: jobId } });
    await appendAuditEvent(tx, auditActorOf(ctx), { action: "analysis.deleted", targetType: "job", targetId: jobId, changes: { insights: count } });
  });
  return { jobId, outcome: "deleted" };
}
