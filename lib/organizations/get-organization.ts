import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { type Organization, organizationSelect } from "./schemas";

/** The id in a path must be the caller's own organization; anything else does not exist for them. */
export function assertOwnOrganization(ctx: ActorContext, organizationId: string): void {
  if (organizationId !== ctx.organizationId) throw notFound("Organization");
}

export async function getOrganization(ctx: ActorContext, organizationId: string): Promise<Organization> {
  authorize(ctx, "organizations:read");
  assertOwnOrganization(ctx, organizationId);
  const row = await withTenant({ organizationId }, (tx) =>
    tx.organization.findFirst({ where: { id: organizationId, deletedAt: null }, select: organizationSelect }),
  );
  if (!row) throw notFound("Organization");
  return row;
}
