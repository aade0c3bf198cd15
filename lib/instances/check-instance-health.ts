import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { readCircuitBreaker } from "@/lib/servicenow/client/circuit-breaker";
import { syncTables } from "@/lib/servicenow/mapping/registry";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { CredentialsUnavailableError } from "./credentials";
import { healthOfFailure, healthOfSuccess, safeErrorMessage } from "./health-status";
import { type InstanceClientOptions, instanceClient } from "./instance-client";
import { healthStatusOf } from "./instance-view";
import { type TableProbe, probeTable } from "./probe-table";
import { recordHealth } from "./record-health";
import type { InstanceHealthStatus } from "./schemas";
import { tenantOf } from "./tenant-of";

/** A scheduled check must finish well within its 15-minute slot, however many instances there are. */
export const HEALTH_CHECK_OPTIONS: InstanceClientOptions = {
  timeoutMs: 20_000,
  retry: { maxRetries: 1, maxRetryAfterMs: 5_000 },
};

/** The actor the scheduled health job acts as in one organization. */
export function healthJobContext(organizationId: string): ActorContext {
  return {
    organizationId,
    actorId: "instance-health",
    actorType: "system",
    actorLabel: "Scheduled health check",
    permissions: ["instances:read", "instances:update"],
  };
}

export interface HealthCheckOutcome {
  instanceId: string;
  health: InstanceHealthStatus;
  changed: boolean;
}

/**
 * One health check: the latency of one authenticated, lightweight request (one record of the
 * first table the sync reads), whether authentication held, the last error and the circuit
 * breaker's state; recorded as a health check and copied onto the instance. A change of health is
 * an audit event; an unchanged one is not, so a quiet instance does not flood the log. Never
 * throws for the instance's own failures; returns null when the instance no longer exists.
 */
export async function checkInstanceHealth(
  ctx: ActorContext,
  instanceId: string,
  options: InstanceClientOptions = HEALTH_CHECK_OPTIONS,
): Promise<HealthCheckOutcome | null> {
  authorize(ctx, "instances:update");
  const checkedAt = new Date();
  let probe: TableProbe | null = null;
  let failure: unknown = null;
  try {
    const client = await instanceClient(ctx, instanceId, options);
    probe = await probeTable(client, syncTables[0].table);
    if (!probe.ok) failure = probe.failure;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    if (!(error instanceof CredentialsUnavailableError)) throw error;
    failure = error;
  }
  const breaker = readCircuitBreaker(instanceId);
  const health = failure === null && probe ? healthOfSuccess(probe.latencyMs) : healthOfFailure(failure, breaker);
  // A refused table or a rate limit still proves the credentials were accepted.
  const authOk = failure === null || health === "DEGRADED";
  const error = failure === null ? null : safeErrorMessage(failure);

  return withTenant(tenantOf(ctx), async (tx) => {
    const previous = await recordHealth(tx, ctx, instanceId, {
      health,
      authOk,
      latencyMs: probe?.latencyMs ?? null,
      breakerState: breaker?.state ?? "closed",
      error,
      checkedAt,
    });
    if (previous === null) return null;
    const changed = previous !== health;
    const summary = `instance ${instanceId}: ${healthStatusOf(health)}${probe ? ` in ${probe.latencyMs} ms` : ""}${error ? ` (${error})` : ""}`;
    if (changed) logger.info(`${summary}, was ${healthStatusOf(previous)}`);
    else logger.debug(summary);
    if (changed) {
      await appendAuditEvent(tx, auditActorOf(ctx), {
        action: "instance.health_changed",
        targetType: "instance",
        targetId: instanceId,
        changes: { from: healthStatusOf(previous), to: healthStatusOf(health), ...(error ? { error } : {}) },
      });
    }
    return { instanceId, health: healthStatusOf(health), changed };
  });
}

/**
 * The instances due for a check, across organizations (system scope, so `db` directly), the
 * longest unchecked first so that a run cut short by `limit` catches up on the next one.
 * Instances of organizations pending deletion are skipped.
 */
export async function listInstancesForHealthCheck(limit: number): Promise<Array<{ id: string; organizationId: string }>> {
  return db.serviceNowInstance.findMany({
    where: { organization: { deletedAt: null } },
    orderBy: [{ lastHealthAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    take: limit,
    select: { id: true, organizationId: true },
  });
}
