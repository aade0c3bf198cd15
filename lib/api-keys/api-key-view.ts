import type { ApiKey } from "@/lib/generated/prisma/client";
import type { ApiKeyView } from "./schemas";

/** The columns a key is shown with; secretHash is never selected. */
export const apiKeySelect = {
  id: true,
  name: true,
  prefix: true,
  permissions: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  lastUsedIp: true,
  revokedAt: true,
} as const;

type ApiKeyRow = Pick<ApiKey, keyof typeof apiKeySelect>;

export function toApiKeyView(row: ApiKeyRow, now = new Date()): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    prefix: `ciq_${row.prefix}`,
    permissions: row.permissions,
    status: row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active",
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    lastUsedIp: row.lastUsedIp,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
