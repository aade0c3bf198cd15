import type { TenantScope } from "@/lib/tenancy/with-tenant";
import type { InstanceScope } from "./instance-client";

/** The tenant scope of a context: its organization, and the acting user when a person acts. */
export function tenantOf(ctx: InstanceScope & { actorType?: string }): TenantScope {
  return { organizationId: ctx.organizationId, userId: ctx.actorType === "user" ? ctx.actorId : undefined };
}
