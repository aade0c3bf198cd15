import { db } from "@/lib/db";
import type { SessionKind } from "@/lib/generated/prisma/enums";
import { describeDevice } from "./describe-device";

export interface SessionView {
  id: string;
  kind: SessionKind;
  device: string;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  /** The session this request is made with. */
  current: boolean;
}

/** The user's sessions that still work (not revoked, not expired), most recently used first. */
export async function listActiveSessions(userId: string, currentSessionId?: string): Promise<SessionView[]> {
  const rows = await db.userSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, kind: true, ip: true, userAgent: true, createdAt: true, lastSeenAt: true, expiresAt: true },
  });
  return rows.map(({ userAgent, ...row }) => ({
    ...row,
    device: describeDevice(userAgent),
    current: row.id === currentSessionId,
  }));
}
