import type { Prisma } from "@/lib/generated/prisma/client";
import type { InstanceHealth } from "@/lib/generated/prisma/enums";
import type { CheckedHealth } from "./health-status";

export interface HealthObservation {
  health: CheckedHealth;
  authOk: boolean;
  latencyMs: number | null;
  breakerState: string;
  error: string | null;
  checkedAt: Date;
}

/**
 * Appends one health check and copies it onto the instance, inside the caller's tenant
 * transaction. Returns the instance's previous health, or null when the instance is gone (deleted
 * while it was being checked): nothing is written then.
 */
export async function recordHealth(
  tx: Prisma.TransactionClient,
  scope: { organizationId: string },
  instanceId: string,
  observation: HealthObservation,
): Promise<InstanceHealth | null> {
  const instance = await tx.serviceNowInstance.findFirst({ where: { id: instanceId }, select: { health: true } });
  if (!instance) return null;
  const latencyMs = observation.latencyMs === null ? null : Math.round(observation.latencyMs);
  await tx.instanceHealthCheck.create({
    data: {
      organizationId: scope.organizationId,
      instanceId,
      checkedAt: observation.checkedAt,
      health: observation.health,
      authOk: observation.authOk,
      latencyMs,
      breakerState: observation.breakerState,
      error: observation.error,
    },
  });
  await tx.serviceNowInstance.updateMany({
    where: { id: instanceId },
    data: { health: observation.health, lastHealthAt: observation.checkedAt, lastLatencyMs: latencyMs, lastError: observation.error },
  });
  return instance.health;
}
