import { randomUUID } from "node:crypto";
import { inngest } from "@/inngest/client";
import type { ActorContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { markJobFailed } from "./job-lifecycle";
import { sendEvent } from "./send-event";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";

/**
 * Starts a tracked job: records its JobRun (so the UI and REST can follow it from the first
 * moment), commits, then sends the event that runs it. Returns the job id.
 */
export async function enqueueJob(
  ctx: ActorContext,
  input: { functionId: string; eventName: string; data: Record<string, unknown> },
): Promise<string> {
  const jobId = randomUUID();
  const event = {
    name: input.eventName,
    id: `job-${jobId}`,
    data: { ...input.data, organizationId: ctx.organizationId, jobId },
  };
  await withTenant(ctx, async (tx) => {
    await tx.jobRun.create({
      data: {
      id: jobId,
      organizationId: ctx.organizationId,
      functionId: `${inngest.id}-${input.functionId}`,
      eventName: event.name,
      eventId: event.id,
      event: { ...event, ts: Date.now() } as Prisma.InputJsonValue,
      },
    });
    await appendAuditEvent(tx, auditActorOf(ctx), { action: "job.queued", targetType: "job", targetId: jobId, changes: { function: input.functionId } });
  });
  try {
    await sendEvent(event);
  } catch (error) {
    await markJobFailed(jobId, "The job could not be queued");
    throw new AppError("service_unavailable", "The job queue is unavailable; try again shortly", { cause: error });
  }
  return jobId;
}
