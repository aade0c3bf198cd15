import type { Permission } from "@/lib/permissions";

export type ActorType = "user" | "api_key" | "system";

/**
 * Who is acting, for which organization, with which permissions. Every use case takes one; the
 * organization always comes from a verified membership, API key or job payload, never from the client.
 */
export interface ActorContext {
  organizationId: string;
  actorId: string;
  actorType: ActorType;
  permissions: readonly Permission[];
  requestId?: string;
}
