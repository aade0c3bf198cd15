import type { JWT } from "next-auth/jwt";

/** What our next-auth JWT carries besides `sub` (the user id). */
export interface SessionClaims {
  /** The UserSession row: checked on every request, so revoking it signs the browser out at once. */
  sid?: string;
  /** An OAuth sign-in waiting for its second factor: no session yet. */
  mfaPending?: { method: string; since: number };
  /** Why the last second-step attempt failed (encoded SignInFailure), for the answer to that attempt. */
  signInError?: string;
}

export type ClaimsToken = JWT & SessionClaims;

/** The user object our sign-in paths hand to next-auth's jwt callback. */
export interface SignedInUser {
  id: string;
  email?: string | null;
  name?: string | null;
  sessionId?: string;
  mfaPending?: { method: string };
}

/** What `session.user` exposes to the server and the browser (no secrets: the sid is not one, it only names a row). */
export interface SessionUserClaims {
  id?: string;
  sid?: string;
  mfaPending?: boolean;
}
