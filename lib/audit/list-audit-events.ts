import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { type AuditEventPage, type AuditPageRequest, auditEventPage } from "./queries";

/** The organization's audit log, newest first, filtered and paged by cursor. */
export async function listAuditEvents(ctx: ActorContext, request: AuditPageRequest): Promise<AuditEventPage> {
  authorize(ctx, "audit:read");
  return auditEventPage(ctx, request);
}
