import type { AuditEntry } from "@/lib/audit/append-audit-event";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { RequestMeta } from "@/lib/auth/context";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A user-level security event (2FA changes, token reuse) belongs to no single organization, so it
 * is appended to the trail of every organization the user belongs to, each admin seeing it.
 */
export async function appendUserAuditEvents(
  tx: Prisma.TransactionClient,
  actor: RequestMeta & { userId: string; label?: string; actorType?: "user" | "system" },
  entry: AuditEntry,
): Promise<void> {
  // In id order: concurrent transactions then take the per-organization audit locks in one order.
  const memberships = await tx.membership.findMany({
    where: { userId: actor.userId },
    orderBy: { organizationId: "asc" },
    select: { organizationId: true },
  });
  for (const { organizationId } of memberships) {
    await appendAuditEvent(
      tx,
      {
        organizationId,
        actorType: actor.actorType ?? "user",
        actorId: actor.userId,
        actorLabel: actor.label,
        requestId: actor.requestId,
        ip: actor.ip,
        userAgent: actor.userAgent,
      },
      { targetType: "user", targetId: actor.userId, ...entry },
    );
  }
}
