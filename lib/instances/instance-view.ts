import type { CircuitBreakerSnapshot } from "@/lib/servicenow/client/circuit-breaker";
import { readCircuitBreaker } from "@/lib/servicenow/client/circuit-breaker";
import type { InstanceAuthType, InstanceHealth } from "@/lib/generated/prisma/enums";
import { type CircuitBreakerView, type InstanceHealthStatus, type InstanceView, SECRET_MASK } from "./schemas";
import { type SyncScheduleColumn, scheduleOf } from "./sync-schedule";

/** Every column a view needs, and deliberately not credentialsEnc or tokensEnc. */
export const instanceSelect = {
  id: true,
  name: true,
  url: true,
  authType: true,
  username: true,
  clientId: true,
  syncSchedule: true,
  syncCron: true,
  nextSyncAt: true,
  lastSyncAt: true,
  health: true,
  lastHealthAt: true,
  lastLatencyMs: true,
  lastError: true,
  createdAt: true,
  updatedAt: true,
} as const;

export interface InstanceRow {
  id: string;
  name: string;
  url: string;
  authType: InstanceAuthType;
  username: string;
  clientId: string | null;
  syncSchedule: SyncScheduleColumn;
  syncCron: string | null;
  nextSyncAt: Date | null;
  lastSyncAt: Date | null;
  health: InstanceHealth;
  lastHealthAt: Date | null;
  lastLatencyMs: number | null;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function healthStatusOf(health: InstanceHealth): InstanceHealthStatus {
  return health.toLowerCase() as InstanceHealthStatus;
}

export function toInstanceView(row: InstanceRow): InstanceView {
  const oauth = row.authType === "OAUTH";
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    auth: {
      type: oauth ? "oauth" : "basic",
      username: row.username,
      ...(oauth && row.clientId ? { clientId: row.clientId } : {}),
      secret: SECRET_MASK,
    },
    syncSchedule: scheduleOf(row),
    nextSyncAt: row.nextSyncAt?.toISOString() ?? null,
    lastSyncAt: row.lastSyncAt?.toISOString() ?? null,
    health: healthStatusOf(row.health),
    lastHealthAt: row.lastHealthAt?.toISOString() ?? null,
    lastLatencyMs: row.lastLatencyMs,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toBreakerView(snapshot: CircuitBreakerSnapshot | null): CircuitBreakerView | null {
  if (!snapshot) return null;
  return {
    state: snapshot.state,
    consecutiveFailures: snapshot.consecutiveFailures,
    openedAt: snapshot.openedAt?.toISOString() ?? null,
    lastError: snapshot.lastError?.message ?? null,
  };
}

/** This process's breaker for the instance, as responses show it. */
export function breakerViewOf(instanceId: string): CircuitBreakerView | null {
  return toBreakerView(readCircuitBreaker(instanceId));
}
