import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { hashToken } from "@/lib/crypto/tokens";
import { AppError } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { apiKeySelect, toApiKeyView } from "./api-key-view";
import { generateApiKey } from "./key-format";
import { CreateApiKeyInput, type CreatedApiKey } from "./schemas";

/**
 * Creates an organization API key. It can hold only permissions its creator holds, so a key is
 * never a way to escalate. The full key is in the result and nowhere else: only its prefix and
 * the SHA-256 of its secret are stored.
 */
export async function createApiKey(ctx: ActorContext, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  authorize(ctx, "apikeys:manage");
  const { name, permissions, expiresAt } = CreateApiKeyInput.parse(input);
  const beyond = permissions.filter((p) => !ctx.permissions.includes(p));
  if (beyond.length > 0) {
    throw new AppError("forbidden", `A key cannot hold permissions you do not have: ${beyond.join(", ")}`);
  }
  const { prefix, secret, key } = generateApiKey();
  const row = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        organizationId: ctx.organizationId,
        name,
        prefix,
        secretHash: hashToken(secret),
        permissions,
        expiresAt: expiresAt ? new Date(expiresAt) : null,
        createdById: ctx.actorType === "user" ? ctx.actorId : null,
      },
      select: apiKeySelect,
    });
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: "api_key.created",
      targetType: "api_key",
      targetId: created.id,
      changes: { name, prefix: `ciq_${prefix}`, permissions, expiresAt: expiresAt ?? null },
      security: true,
    });
    return created;
  });
  return { apiKey: toApiKeyView(row), key };
}
