import { db } from "@/lib/db";
import type { SessionKind } from "@/lib/generated/prisma/enums";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Last seen" is for people, not forensics: one write a minute per session is plenty. */
export const LAST_SEEN_THROTTLE_MS = 60_000;

export interface ActiveSession {
  id: string;
  userId: string;
  kind: SessionKind;
  expiresAt: Date;
  lastSeenAt: Date;
}

/**
 * The session if it may still be used (not revoked, not expired), else null. Marks it seen at most
 * once a minute; the conditional update keeps concurrent requests from each writing.
 */
export async function activeSession(sessionId: string): Promise<ActiveSession | null> {
  if (!UUID.test(sessionId)) return null;
  const now = new Date();
  const session = await db.userSession.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, userId: true, kind: true, expiresAt: true, lastSeenAt: true },
  });
  if (!session) return null;
  const staleBefore = new Date(now.getTime() - LAST_SEEN_THROTTLE_MS);
  if (session.lastSeenAt < staleBefore) {
    await db.userSession.updateMany({
      where: { id: session.id, lastSeenAt: { lt: staleBefore } },
      data: { lastSeenAt: now },
    });
    session.lastSeenAt = now;
  }
  return session;
}
