import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy/with-tenant";

/**
 * Revokes a key: the next request with it is refused. Revoking a revoked key changes nothing and
 * succeeds (DELETE is idempotent); another organization's key is not found.
 */
export async function revokeApiKey(ctx: ActorContext, keyId: string): Promise<void> {
  authorize(ctx, "apikeys:manage");
  await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
    const { count } = await tx.apiKey.updateMany({
      where: { id: keyId, organizationId: ctx.organizationId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) {
      const exists = await tx.apiKey.findFirst({ where: { id: keyId, organizationId: ctx.organizationId }, select: { id: true } });
      if (!exists) throw notFound("API key");
      return;
    }
    const key = await tx.apiKey.findFirstOrThrow({
      where: { id: keyId, organizationId: ctx.organizationId },
      select: { name: true, prefix: true },
    });
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: "api_key.revoked",
      targetType: "api_key",
      targetId: keyId,
      changes: { name: key.name, prefix: `ciq_${key.prefix}` },
      security: true,
    });
  });
}
