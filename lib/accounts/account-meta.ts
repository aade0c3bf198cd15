import type { RequestMeta } from "@/lib/auth/context";

/** Where an account request came from: for the audit trail, rate limits and links in emails. */
export interface AccountRequestMeta extends RequestMeta {
  /** The request's origin, used for email links only when APP_URL is not configured. */
  origin?: string;
}

/** A signed-in person acting on their own account; `sessionId` is the session they act from. */
export interface AccountCaller extends AccountRequestMeta {
  userId: string;
  sessionId?: string;
}
