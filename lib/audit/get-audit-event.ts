import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { auditEventSelect, toAuditEventView } from "./queries";
import type { AuditEventView } from "./schemas";

/** One event of the caller's organization; another organization's event is not found. */
export async function getAuditEvent(ctx: ActorContext, eventId: string): Promise<AuditEventView> {
  authorize(ctx, "audit:read");
  const row = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) =>
    tx.auditEvent.findFirst({ where: { id: eventId }, select: auditEventSelect }),
  );
  if (!row) throw notFound("Audit event");
  return toAuditEventView(row);
}
