import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { ActorContext, RequestMeta } from "@/lib/auth/context";
import { hashToken, sameHash } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { PERMISSIONS } from "@/lib/permissions";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { parseApiKey } from "./key-format";

const USAGE_WRITE_INTERVAL_MS = 60_000;

/**
 * The actor of a bearer API key, or null when the key is unknown, wrong, revoked, expired or its
 * organization is being deleted. The key acts with exactly its stored permissions (those the
 * product still knows), in its own organization.
 */
export async function authenticateApiKey(token: string, meta: RequestMeta): Promise<ActorContext | null> {
  const parsed = parseApiKey(token);
  if (!parsed) return null;
  // Before the tenant is known: found by its unique prefix, then proven by the secret.
  const key = await db.apiKey.findUnique({
    where: { prefix: parsed.prefix },
    select: {
      id: true,
      organizationId: true,
      name: true,
      secretHash: true,
      permissions: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      lastUsedIp: true,
      organization: { select: { deletedAt: true } },
    },
  });
  if (!key || !sameHash(hashToken(parsed.secret), key.secretHash)) return null;
  const now = new Date();
  if (key.revokedAt || (key.expiresAt && key.expiresAt <= now) || key.organization.deletedAt) return null;
  const actor: ActorContext = {
    organizationId: key.organizationId,
    actorId: key.id,
    actorType: "api_key",
    actorLabel: key.name,
    permissions: PERMISSIONS.filter((p) => key.permissions.includes(p)),
  };
  const stale = !key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= USAGE_WRITE_INTERVAL_MS;
  if (stale || (meta.ip && meta.ip !== key.lastUsedIp)) await recordUsage(actor, meta, now);
  return actor;
}

/**
 * lastUsedAt/lastUsedIp, written at most once a minute per key unless the IP changes. A change to
 * an IP the key has never been used from is a security event; the audit trail itself remembers
 * the IPs already seen, so a key alternating between two servers does not raise one per switch.
 */
async function recordUsage(actor: ActorContext, meta: RequestMeta, now: Date): Promise<void> {
  const ip = meta.ip;
  const keyId = actor.actorId;
  await withTenant({ organizationId: actor.organizationId }, async (tx) => {
    if (ip) {
      const { count } = await tx.apiKey.updateMany({
        where: { id: keyId, OR: [{ lastUsedIp: null }, { lastUsedIp: { not: ip } }] },
        data: { lastUsedAt: now, lastUsedIp: ip },
      });
      if (count === 1) {
        const seen = await tx.auditEvent.findFirst({
          where: { action: "api_key.used_from_new_ip", targetType: "api_key", targetId: keyId, ip },
          select: { id: true },
        });
        if (!seen) {
          await appendAuditEvent(
            tx,
            { organizationId: actor.organizationId, actorType: "api_key", actorId: keyId, actorLabel: actor.actorLabel, ...meta },
            { action: "api_key.used_from_new_ip", targetType: "api_key", targetId: keyId, changes: { ip }, security: true },
          );
        }
        return;
      }
    }
    await tx.apiKey.updateMany({
      where: { id: keyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - USAGE_WRITE_INTERVAL_MS) } }] },
      data: { lastUsedAt: now },
    });
  });
}
