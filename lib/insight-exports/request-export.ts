import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { failInsightExport } from "./render-insight-export";
import { type ExportAccepted, ExportInput } from "./schemas";

export const EXPORT_FUNCTION_ID = "insight-export";
/** Rendered files are kept this long, then the link stops working. */
const EXPORT_TTL_MS = 7 * 24 * 3600_000;

/**
 * Queues the rendering of an insight as PDF, CSV or Excel. Every export is a job, small or large,
 * so no request waits on rendering; the export's status carries the download link when it is done.
 */
export async function requestInsightExport(ctx: ActorContext, insightId: string, input: ExportInput): Promise<ExportAccepted> {
  authorize(ctx, "insights:export");
  assertId(insightId, "Insight");
  const { format } = ExportInput.parse(input);
  const scope = tenantOf(ctx);
  const exportId = await withTenant(scope, async (tx) => {
    const insight = await tx.insight.findFirst({ where: { id: insightId }, select: { id: true, engine: true } });
    if (!insight) throw notFound("Insight");
    const created = await tx.reportExport.create({
      data: {
        organizationId: ctx.organizationId,
        insightId,
        format,
        createdById: ctx.actorType === "user" ? ctx.actorId : null,
        expiresAt: new Date(Date.now() + EXPORT_TTL_MS),
      },
      select: { id: true },
    });
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: "insight.export_requested",
      targetType: "insight",
      targetId: insightId,
      changes: { exportId: created.id, format, engine: insight.engine },
    });
    return created.id;
  });
  let jobId: string;
  try {
    jobId = await enqueueJob(ctx, { functionId: EXPORT_FUNCTION_ID, eventName: "insight/export.requested", data: { exportId } });
  } catch (error) {
    // No job will render it: record why instead of leaving an export that stays queued forever.
    await failInsightExport(scope, exportId, "The export could not be queued");
    throw error;
  }
  await withTenant(scope, (tx) => tx.reportExport.updateMany({ where: { id: exportId }, data: { jobRunId: jobId } }));
  return { jobId, exportId };
}
