import { activeSession } from "@/lib/auth/sessions/active-session";
import { db } from "@/lib/db";
import { verifyAccessToken } from "./access-token";

/**
 * The user behind an access token, or null: the JWT must verify and its API session must still be
 * active, so a revoked session stops its access tokens at once rather than after 15 minutes.
 */
export async function userForAccessToken(token: string): Promise<{ userId: string; email: string; sessionId: string } | null> {
  const claims = await verifyAccessToken(token);
  if (!claims) return null;
  const session = await activeSession(claims.sessionId);
  if (!session || session.userId !== claims.userId || session.kind !== "API") return null;
  const user = await db.user.findUnique({ where: { id: claims.userId }, select: { email: true } });
  return user ? { userId: claims.userId, email: user.email, sessionId: session.id } : null;
}
