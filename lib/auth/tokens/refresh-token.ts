import { hashToken, randomToken } from "@/lib/crypto/tokens";
import type { Prisma } from "@/lib/generated/prisma/client";
import { signAccessToken } from "./access-token";
import type { TokenPair } from "./schemas";

export const REFRESH_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A new access token and refresh token for an API session. The refresh token is 256 random bits,
 * stored as its SHA-256 in the session's family.
 */
export async function issueTokenPair(
  client: Prisma.TransactionClient,
  session: { userId: string; sessionId: string },
  now = new Date(),
): Promise<TokenPair> {
  const refreshToken = randomToken(32);
  const refreshTokenExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_MS);
  await client.refreshToken.create({
    data: { userId: session.userId, sessionId: session.sessionId, tokenHash: hashToken(refreshToken), expiresAt: refreshTokenExpiresAt },
    select: { id: true },
  });
  const access = await signAccessToken(session, now);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt.toISOString(),
    refreshToken,
    refreshTokenExpiresAt: refreshTokenExpiresAt.toISOString(),
    tokenType: "Bearer",
  };
}
