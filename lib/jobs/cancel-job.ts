import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import { getJob } from "./get-job";
import { jobsMode } from "./mode";
import type { Job } from "./schemas";
import { sendEvent } from "./send-event";

/**
 * Cancels a queued or running job. The in-process runner stops at the next step boundary; on
 * Inngest the function's cancelOn matches the cancel event.
 */
export async function cancelJob(ctx: ActorContext, jobId: string): Promise<Job> {
  authorize(ctx, "jobs:cancel");
  const now = new Date();
  const { count } = await withTenant(ctx, async (tx) => {
    const cancelled = await tx.jobRun.updateMany({
      where: { id: jobId, status: { in: ["QUEUED", "RUNNING"] } },
      data: { status: "CANCELLED", cancelRequestedAt: now, finishedAt: now, leaseExpiresAt: null },
    });
    if (cancelled.count > 0) await appendAuditEvent(tx, auditActorOf(ctx), { action: "job.cancelled", targetType: "job", targetId: jobId });
    return cancelled;
  });
  const job = await getJob(ctx, jobId);
  if (count === 0) throw new AppError("conflict", `The job has already ${job.status === "cancelled" ? "been cancelled" : job.status}`);
  if (jobsMode() === "inngest") {
    await sendEvent({ name: "job/cancel.requested", id: `cancel-${jobId}`, data: { organizationId: ctx.organizationId, jobId } });
  }
  return job;
}
