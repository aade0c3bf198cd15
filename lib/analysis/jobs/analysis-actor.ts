import type { ActorContext } from "@/lib/auth/context";

/** Who starts the analysis that follows a successful sync: the system, for the sync's organization. */
export function afterSyncContext(organizationId: string, syncRunId: string): ActorContext {
  return {
    organizationId,
    actorId: "analysis-after-sync",
    actorType: "system",
    actorLabel: `Analysis of sync ${syncRunId}`,
    permissions: ["analysis:create", "jobs:create"],
  };
}
