import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import type { SessionUserClaims } from "./session-claims";
import { activeSession } from "./sessions/active-session";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string | null;
}

export interface CurrentSession {
  user: AuthenticatedUser;
  sessionId: string;
  emailVerified: boolean;
}

async function sessionClaims(): Promise<SessionUserClaims | null> {
  const session = await getServerSession(authOptions());
  return (session?.user as SessionUserClaims | undefined) ?? null;
}

/**
 * The signed-in user and session of this request, or null. The cookie alone is not enough: its
 * session row must still be active (not revoked, not expired), so signing out elsewhere, a
 * password reset or "revoke" take effect on the very next request. Once per request (cached).
 */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const claims = await sessionClaims();
  if (!claims?.id || !claims.sid || claims.mfaPending) return null;
  const session = await activeSession(claims.sid);
  if (!session || session.userId !== claims.id) return null;
  const user = await db.user.findUnique({
    where: { id: claims.id },
    select: { id: true, email: true, name: true, emailVerifiedAt: true },
  });
  if (!user) return null;
  return { user: { id: user.id, email: user.email, name: user.name }, sessionId: session.id, emailVerified: user.emailVerifiedAt !== null };
});

/** The signed-in user of this request (session cookie, active session row), or null. */
export async function getCurrentUser(): Promise<AuthenticatedUser | null> {
  return (await getCurrentSession())?.user ?? null;
}

/** An OAuth sign-in of this browser waiting for its second factor (the login page then asks for the code). */
export async function hasPendingSecondFactor(): Promise<boolean> {
  return Boolean((await sessionClaims())?.mfaPending);
}
