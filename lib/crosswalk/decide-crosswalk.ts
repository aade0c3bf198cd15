import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { CrosswalkDecisionInput, type CrosswalkDecisionView } from "./schemas";

/**
 * Records a person's verdict on a crosswalk suggestion. Accepted mappings count toward NIST
 * coverage from the next compliance analysis on; rejected ones are never suggested again.
 * Deciding again replaces the earlier verdict.
 */
export async function decideCrosswalk(ctx: ActorContext, input: CrosswalkDecisionInput): Promise<CrosswalkDecisionView> {
  authorize(ctx, "analysis:create");
  const { instanceId, source, requirement, decision } = CrosswalkDecisionInput.parse(input);
  const sourceId = source.toLowerCase();
  return withTenant(tenantOf(ctx), async (tx) => {
    const instance = await tx.serviceNowInstance.findFirst({ where: { id: instanceId }, select: { id: true } });
    if (!instance) throw notFound("Instance");
    const decidedById = ctx.actorType === "user" ? ctx.actorId : null;
    const row = await tx.crosswalkDecision.upsert({
      where: { instanceId_sourceId_requirementId: { instanceId, sourceId, requirementId: requirement } },
      create: { organizationId: ctx.organizationId, instanceId, sourceId, requirementId: requirement, decision, decidedById },
      update: { decision, decidedById, decidedAt: new Date() },
      select: { id: true, decidedAt: true },
    });
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: `crosswalk.${decision}`,
      targetType: "instance",
      targetId: instanceId,
      changes: { source: sourceId, requirement },
    });
    return { id: row.id, instanceId, source: sourceId, requirement, decision, decidedAt: row.decidedAt.toISOString() };
  });
}
