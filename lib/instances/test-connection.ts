import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { assertId } from "@/lib/organizations/ids";
import type { ServiceNowClient } from "@/lib/servicenow/client/client";
import { readCircuitBreaker } from "@/lib/servicenow/client/circuit-breaker";
import { syncTables } from "@/lib/servicenow/mapping/registry";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { CredentialsUnavailableError } from "./credentials";
import { type CheckedHealth, healthOfFailure, healthOfSuccess, isConnectionFailure, safeErrorMessage } from "./health-status";
import { type InstanceClientOptions, instanceClient } from "./instance-client";
import { breakerViewOf, healthStatusOf } from "./instance-view";
import { type TableProbe, probeTable } from "./probe-table";
import { recordHealth } from "./record-health";
import type { ConnectionTest, TableAccess } from "./schemas";
import { tenantOf } from "./tenant-of";

/** Someone is waiting on the answer: fail fast rather than sit through long backoffs. */
export const CONNECTION_TEST_OPTIONS: InstanceClientOptions = {
  timeoutMs: 15_000,
  retry: { maxRetries: 1, maxRetryAfterMs: 5_000 },
};
const PARALLEL_TABLES = 4;

/**
 * Tests an instance the way the sync will use it: authenticate (the first table's read, which for
 * OAuth includes the token grant), then read one record of every table the sync reads. When the
 * connection itself fails (credentials refused, instance unreachable, circuit open) the other
 * tables are not tried: repeating refused credentials could lock the integration user out.
 * Records the outcome as a health check and in the audit log.
 */
export async function testInstanceConnection(
  ctx: ActorContext,
  instanceId: string,
  options: InstanceClientOptions = CONNECTION_TEST_OPTIONS,
): Promise<ConnectionTest> {
  authorize(ctx, "instances:update");
  assertId(instanceId, "Instance");
  const checkedAt = new Date();
  const tables = syncTables.map((t) => ({ table: t.table, name: t.name }));

  let client: ServiceNowClient | null = null;
  let connectionFailure: unknown = null;
  try {
    client = await instanceClient(ctx, instanceId, options);
  } catch (error) {
    if (!(error instanceof CredentialsUnavailableError)) throw error;
    connectionFailure = error;
  }

  const probes = new Map<string, TableProbe>();
  if (client) {
    const [first, ...rest] = tables;
    const probe = await probeTable(client, first!.table);
    probes.set(first!.table, probe);
    if (!probe.ok && isConnectionFailure(probe.failure)) connectionFailure = probe.failure;
    else await probeAll(client, rest.map((t) => t.table), probes);
  }

  const breaker = readCircuitBreaker(instanceId);
  const authFailed = connectionFailure !== null && healthOfFailure(connectionFailure, breaker) === "AUTH_FAILED";
  const authOk = connectionFailure === null;
  const results: TableAccess[] = tables.map(({ table, name }) => {
    const probe = probes.get(table);
    if (!probe) {
      const reason = authFailed ? "authentication failed" : "the instance could not be reached";
      return { table, name, ok: false, status: null, latencyMs: null, error: `Not checked: ${reason}` };
    }
    return { table, name, ok: probe.ok, status: probe.status, latencyMs: probe.latencyMs, ...(probe.error ? { error: probe.error } : {}) };
  });
  const health = overallHealth(connectionFailure, breaker, [...probes.values()]);
  const failed = results.filter((r) => !r.ok);
  const error = connectionFailure !== null ? safeErrorMessage(connectionFailure) : failed.length > 0 ? summarize(failed) : null;
  const authProbe = probes.get(tables[0]!.table);
  logger.debug(`instance ${instanceId}: connection test ${healthStatusOf(health)}, ${results.length - failed.length}/${results.length} tables readable${error ? ` (${error})` : ""}`);

  await withTenant(tenantOf(ctx), async (tx) => {
    const previous = await recordHealth(tx, ctx, instanceId, {
      health,
      authOk,
      latencyMs: authProbe?.latencyMs ?? null,
      breakerState: breaker?.state ?? "closed",
      error,
      checkedAt,
    });
    if (previous === null) throw notFound("Instance");
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: "instance.connection_tested",
      targetType: "instance",
      targetId: instanceId,
      changes: {
        ok: authOk && failed.length === 0,
        authOk,
        tablesReadable: results.length - failed.length,
        tablesFailed: failed.length,
        health: previous === health ? healthStatusOf(health) : { from: healthStatusOf(previous), to: healthStatusOf(health) },
      },
    });
  });

  return {
    ok: authOk && failed.length === 0,
    auth: { ok: authOk, error: connectionFailure !== null ? safeErrorMessage(connectionFailure) : null },
    health: healthStatusOf(health),
    tables: results,
    breaker: breakerViewOf(instanceId),
    testedAt: checkedAt.toISOString(),
  };
}

async function probeAll(client: ServiceNowClient, tables: string[], into: Map<string, TableProbe>): Promise<void> {
  const queue = [...tables];
  const worker = async () => {
    for (let table = queue.shift(); table !== undefined; table = queue.shift()) into.set(table, await probeTable(client, table));
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_TABLES, queue.length) }, worker));
}

function overallHealth(connectionFailure: unknown, breaker: ReturnType<typeof readCircuitBreaker>, probes: TableProbe[]): CheckedHealth {
  if (connectionFailure !== null) return healthOfFailure(connectionFailure, breaker);
  const failures = probes.filter((p) => !p.ok);
  if (failures.length === probes.length && failures.length > 0) return healthOfFailure(failures[0]!.failure, breaker);
  if (failures.length > 0) return "DEGRADED";
  return healthOfSuccess(Math.max(...probes.map((p) => p.latencyMs)));
}

function summarize(failed: TableAccess[]): string {
  const first = failed[0]!;
  const more = failed.length > 1 ? ` (and ${failed.length - 1} more table${failed.length > 2 ? "s" : ""})` : "";
  return `${first.table} could not be read: ${first.error ?? "unknown error"}${more}`.slice(0, 1000);
}
