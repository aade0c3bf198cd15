import type { ActorContext } from "@/lib/auth/context";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import type { TenantTx } from "@/lib/tenancy/with-tenant";

/** One audit entry per role given or taken; a change of permissions is a security event. */
export async function auditRoleChange(
  tx: TenantTx,
  ctx: ActorContext,
  action: "member.role_added" | "member.role_removed",
  change: { userId: string; email: string; role: { id: string; name: string } },
): Promise<void> {
  await appendAuditEvent(tx, auditActorOf(ctx), {
    action,
    targetType: "user",
    targetId: change.userId,
    changes: { email: change.email, role: change.role.name, roleId: change.role.id },
    security: true,
  });
}
