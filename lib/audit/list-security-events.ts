import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { type AuditEventPage, type AuditPageRequest, auditEventPage } from "./queries";

/**
 * Security events only (failed sign-ins, lockouts, 2FA and role changes, API keys), whatever
 * `security` filter the caller passed: this list exists so they cannot drown in routine changes.
 */
export async function listSecurityEvents(ctx: ActorContext, request: AuditPageRequest): Promise<AuditEventPage> {
  authorize(ctx, "audit:read");
  return auditEventPage(ctx, { ...request, filters: { ...request.filters, security: true } });
}
