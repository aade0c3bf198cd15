import type { Permission } from "@/lib/permissions";

export type ActorType = "user" | "api_key" | "system";

/** Where a request came from, for the audit trail and security events. */
export interface RequestMeta {
  requestId?: string;
  ip?: string;
  userAgent?: string;
}

/**
 * Who is acting, for which organization, with which permissions. Every use case takes one; the
 * organization always comes from a verified membership, API key or job payload, never from the client.
 */
export interface ActorContext extends RequestMeta {
  organizationId: string;
  actorId: string;
  actorType: ActorType;
  /** A readable name for the audit log: the user's email, the API key's name, the job's id. */
  actorLabel?: string;
  permissions: readonly Permission[];
}
