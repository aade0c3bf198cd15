import { revokeSession } from "@/lib/auth/sessions/revoke-sessions";
import { hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyAccessToken } from "./access-token";

/**
 * Ends the API session of a refresh token (any of its family, spent or not) or of an access
 * token; every token of the session stops working at once. Ending an ended session succeeds.
 */
export async function logoutTokens(credentials: { refreshToken?: string; accessToken?: string }): Promise<void> {
  const session = credentials.refreshToken
    ? await db.refreshToken.findUnique({ where: { tokenHash: hashToken(credentials.refreshToken) }, select: { userId: true, sessionId: true } })
    : credentials.accessToken
      ? await verifyAccessToken(credentials.accessToken)
      : null;
  if (!session) throw new AppError("unauthenticated", "Send the refresh token in the body or the access token as a Bearer token");
  await revokeSession(session.userId, session.sessionId);
}
