import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";

/** Removes a saved report (the insight itself stays); the same permission as saving one. */
export async function deleteSavedReport(ctx: ActorContext, savedReportId: string): Promise<void> {
  authorize(ctx, "insights:read");
  assertId(savedReportId, "Saved report");
  await withTenant(tenantOf(ctx), async (tx) => {
    const saved = await tx.savedReport.findFirst({ where: { id: savedReportId }, select: { name: true, insightId: true } });
    if (!saved) throw notFound("Saved report");
    await tx.savedReport.deleteMany({ where: { id: savedReportId } });
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: "insight.unsaved",
      targetType: "insight",
      targetId: saved.insightId,
      changes: { savedReportId, name: saved.name },
    });
  });
}
