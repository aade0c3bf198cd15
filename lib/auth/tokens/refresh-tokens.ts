import type { RequestMeta } from "@/lib/auth/context";
import { revokeSession } from "@/lib/auth/sessions/revoke-sessions";
import { appendUserAuditEvents } from "@/lib/auth/mfa/append-user-audit-events";
import { hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { REFRESH_TOKEN_TTL_MS, issueTokenPair } from "./refresh-token";
import type { TokenPair } from "./schemas";

const invalidRefreshToken = () => new AppError("unauthenticated", "The refresh token is invalid, expired or revoked: sign in again");

/**
 * Rotation: the presented refresh token is spent and a new pair issued; the session's expiry moves
 * with the new refresh token, so a client that refreshes at least weekly stays signed in.
 *
 * A spent token presented again means two parties hold the family (a stolen token, or a client
 * retrying a refresh whose answer it lost): the whole session and all its tokens are revoked and
 * the user's organizations get a security event.
 */
export async function refreshTokens(refreshToken: string, meta: RequestMeta): Promise<TokenPair> {
  const now = new Date();
  const token = await db.refreshToken.findUnique({
    where: { tokenHash: hashToken(refreshToken) },
    select: { id: true, userId: true, sessionId: true, usedAt: true, expiresAt: true },
  });
  // Revoking a session expires its tokens, so a dead family cannot raise a reuse alarm again.
  if (!token || token.expiresAt <= now) throw invalidRefreshToken();
  // The claim is the compare-and-swap: of two concurrent presentations exactly one gets count 1.
  const claimed = token.usedAt
    ? 0
    : (await db.refreshToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: now } })).count;
  if (claimed !== 1) {
    await revokeFamily(token, meta);
    throw invalidRefreshToken();
  }
  return db.$transaction(async (tx) => {
    const expiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_MS);
    const { count } = await tx.userSession.updateMany({
      where: { id: token.sessionId, userId: token.userId, kind: "API", revokedAt: null, expiresAt: { gt: now } },
      data: { expiresAt, lastSeenAt: now },
    });
    if (count !== 1) throw invalidRefreshToken();
    return issueTokenPair(tx, { userId: token.userId, sessionId: token.sessionId }, now);
  });
}

async function revokeFamily(token: { userId: string; sessionId: string }, meta: RequestMeta): Promise<void> {
  await db.$transaction(async (tx) => {
    await revokeSession(token.userId, token.sessionId, tx);
    await appendUserAuditEvents(
      tx,
      { ...meta, userId: token.userId, actorType: "system", label: "refresh token reuse detection" },
      { action: "auth.refresh_token_reused", security: true, changes: { sessionId: token.sessionId, revoked: "session and all its refresh tokens" } },
    );
  });
}
