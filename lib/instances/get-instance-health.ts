import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { breakerViewOf, healthStatusOf } from "./instance-view";
import type { HealthCheckView, InstanceHealthView } from "./schemas";
import { tenantOf } from "./tenant-of";

const checkSelect = {
  id: true,
  checkedAt: true,
  health: true,
  authOk: true,
  latencyMs: true,
  breakerState: true,
  error: true,
} as const;

/**
 * An instance's current health (with this process's circuit breaker) and its checks, newest
 * first; `afterId` continues after that check.
 */
export async function getInstanceHealth(
  ctx: ActorContext,
  instanceId: string,
  page: { limit: number; afterId?: string },
): Promise<Omit<InstanceHealthView, "nextCursor"> & { nextId: string | null }> {
  authorize(ctx, "instances:read");
  assertId(instanceId, "Instance");
  const result = await withTenant(tenantOf(ctx), async (tx) => {
    const instance = await tx.serviceNowInstance.findFirst({
      where: { id: instanceId },
      select: { health: true, lastHealthAt: true, lastLatencyMs: true, lastError: true },
    });
    if (!instance) throw notFound("Instance");
    if (page.afterId && !(await tx.instanceHealthCheck.findFirst({ where: { id: page.afterId, instanceId }, select: { id: true } }))) {
      throw new AppError("invalid_cursor", "The cursor is invalid; start again without one");
    }
    const checks = await tx.instanceHealthCheck.findMany({
      where: { instanceId },
      orderBy: [{ checkedAt: "desc" }, { id: "desc" }],
      take: page.limit + 1,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      select: checkSelect,
    });
    return { instance, checks };
  });
  const more = result.checks.length > page.limit;
  const data: HealthCheckView[] = result.checks.slice(0, page.limit).map((check) => ({
    id: check.id,
    checkedAt: check.checkedAt.toISOString(),
    health: healthStatusOf(check.health),
    authOk: check.authOk,
    latencyMs: check.latencyMs,
    breakerState: check.breakerState,
    error: check.error,
  }));
  return {
    current: {
      health: healthStatusOf(result.instance.health),
      lastHealthAt: result.instance.lastHealthAt?.toISOString() ?? null,
      lastLatencyMs: result.instance.lastLatencyMs,
      lastError: result.instance.lastError,
      breaker: breakerViewOf(instanceId),
    },
    data,
    nextId: more ? (data.at(-1)?.id ?? null) : null,
  };
}
