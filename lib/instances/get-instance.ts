import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { instanceSelect, toInstanceView } from "./instance-view";
import type { InstanceView } from "./schemas";
import { tenantOf } from "./tenant-of";

/** One of the organization's instances; another tenant's is not found. */
export async function getInstance(ctx: ActorContext, instanceId: string): Promise<InstanceView> {
  authorize(ctx, "instances:read");
  assertId(instanceId, "Instance");
  const row = await withTenant(tenantOf(ctx), (tx) =>
    tx.serviceNowInstance.findFirst({ where: { id: instanceId }, select: instanceSelect }),
  );
  if (!row) throw notFound("Instance");
  return toInstanceView(row);
}
