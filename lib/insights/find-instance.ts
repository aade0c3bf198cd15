import { notFound } from "@/lib/errors";
import type { TenantTx } from "@/lib/tenancy/with-tenant";

/** 404 unless the instance is the tenant's: an instance with no insights is an empty answer, another tenant's is not found. */
export async function assertInstanceFound(tx: TenantTx, instanceId: string): Promise<void> {
  const instance = await tx.serviceNowInstance.findFirst({ where: { id: instanceId }, select: { id: true } });
  if (!instance) throw notFound("Instance");
}
