import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient;

/**
 * Ends one of the user's sessions. Its refresh tokens expire with it (there is no revoked flag on
 * refresh tokens; an expired one can neither be used nor trip reuse detection). Returns false when
 * the user has no such active session. The user id is inside the write: another user's session
 * id changes nothing.
 */
export async function revokeSession(userId: string, sessionId: string, client: Client = db): Promise<boolean> {
  if (!userId || !sessionId) return false;
  const now = new Date();
  const { count } = await client.userSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: now },
  });
  await expireRefreshTokens(client, { userId, sessionId }, now);
  return count > 0;
}

/**
 * Ends every session of the user except `keepSessionId` (all of them without it), with their
 * refresh tokens. Returns how many sessions were ended.
 */
export async function revokeOtherSessions(userId: string, keepSessionId?: string, client: Client = db): Promise<number> {
  if (!userId) return 0;
  const now = new Date();
  const others = keepSessionId ? { not: keepSessionId } : undefined;
  const { count } = await client.userSession.updateMany({
    where: { userId, revokedAt: null, ...(others ? { id: others } : {}) },
    data: { revokedAt: now },
  });
  await expireRefreshTokens(client, { userId, ...(others ? { sessionId: others } : {}) }, now);
  return count;
}

async function expireRefreshTokens(client: Client, where: Prisma.RefreshTokenWhereInput, now: Date) {
  await client.refreshToken.updateMany({ where: { ...where, expiresAt: { gt: now } }, data: { expiresAt: now } });
}
