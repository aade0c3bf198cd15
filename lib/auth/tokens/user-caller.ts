import type { RequestMeta } from "@/lib/auth/context";

/**
 * A signed-in person acting for themselves rather than inside one organization: their 2FA and API
 * sessions, creating an organization, accepting an invitation, restoring an organization they
 * administer. `email` labels them in the audit log; `sessionId` is set when they came with an
 * access token.
 */
export interface UserCaller extends RequestMeta {
  userId: string;
  email: string;
  sessionId?: string;
}
