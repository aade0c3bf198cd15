import type { ActorContext } from "@/lib/auth/context";
import type { AuditActor } from "@/lib/audit/append-audit-event";

/** Who a sync job acts as: the system, for the organization named by its event. */
export function syncJobContext(organizationId: string, syncRunId?: string): ActorContext {
  return {
    organizationId,
    actorId: "instance-sync",
    actorType: "system",
    actorLabel: syncRunId ? `Sync ${syncRunId}` : "Sync",
    permissions: ["instances:read", "instances:update"],
  };
}

/** The scheduler starts syncs on the instances' behalf. */
export function schedulerContext(organizationId: string): ActorContext {
  return {
    organizationId,
    actorId: "instance-sync-scheduler",
    actorType: "system",
    actorLabel: "Scheduled sync",
    permissions: ["instances:read", "instances:update", "jobs:create"],
  };
}

export function syncAuditActor(organizationId: string): AuditActor {
  return { organizationId, actorType: "system", actorId: "instance-sync", actorLabel: "Sync" };
}
