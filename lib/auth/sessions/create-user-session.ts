import type { RequestMeta } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { SessionKind } from "@/lib/generated/prisma/enums";

/** A browser sign-in lasts as long as its next-auth cookie; the row decides whether it still counts. */
export const BROWSER_SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface CreatedSession {
  id: string;
  expiresAt: Date;
}

/**
 * Starts a session: the browser cookie (BROWSER) or an API token pair (API) carries its id, and
 * every request checks the row, so revoking it ends the sign-in at once.
 */
export async function createUserSession(
  userId: string,
  kind: SessionKind,
  meta: RequestMeta,
  ttlMs: number,
): Promise<CreatedSession> {
  if (!userId) throw new Error("createUserSession needs a user id");
  if (!(ttlMs > 0)) throw new Error("createUserSession needs a positive ttlMs");
  return db.userSession.create({
    data: {
      userId,
      kind,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 512) ?? null,
      expiresAt: new Date(Date.now() + ttlMs),
    },
    select: { id: true, expiresAt: true },
  });
}
