import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { AppError, notFound } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { savedReportSelect, toSavedReportView } from "./saved-report-view";
import { SaveInsightInput, type SavedReportView } from "./schemas";

/**
 * Keeps an insight under a name, e.g. "Q3 board pack", so it survives retention and is easy to
 * find. Reading insights is enough to do it (insights:read): a saved report is a bookmark that
 * reveals nothing the reader could not already see; exporting stays behind insights:export.
 */
export async function saveInsight(ctx: ActorContext, insightId: string, input: SaveInsightInput): Promise<SavedReportView> {
  authorize(ctx, "insights:read");
  assertId(insightId, "Insight");
  const { name } = SaveInsightInput.parse(input);
  try {
    return await withTenant(tenantOf(ctx), async (tx) => {
      const insight = await tx.insight.findFirst({ where: { id: insightId }, select: { engine: true, instanceId: true } });
      if (!insight) throw notFound("Insight");
      const saved = await tx.savedReport.create({
        data: { organizationId: ctx.organizationId, insightId, name, createdById: ctx.actorType === "user" ? ctx.actorId : null },
        select: savedReportSelect,
      });
      await appendAuditEvent(tx, auditActorOf(ctx), {
        action: "insight.saved",
        targetType: "insight",
        targetId: insightId,
        changes: { savedReportId: saved.id, name, engine: insight.engine, instanceId: insight.instanceId },
      });
      return toSavedReportView(saved);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const message = `A saved report named "${name}" already exists in this organization`;
      throw new AppError("conflict", message, { errors: [{ path: "name", message }] });
    }
    throw error;
  }
}
