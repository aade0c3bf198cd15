import { inngest } from "@/inngest/client";
import { instanceSyncCompleted } from "@/inngest/events";
import { ENGINE_IDS } from "@/lib/analysis/engine";
import { afterSyncContext } from "@/lib/analysis/jobs/analysis-actor";
import { startAnalysis } from "@/lib/analysis/jobs/start-analysis";

/**
 * A successful sync that changed something starts a full analysis of the instance, as its own
 * tracked job. A sync that changed nothing would only repeat the last insights.
 */
export const analysisAfterSync = inngest.createFunction(
  { id: "analysis-after-sync", name: "Analyse after a sync", retries: 3, triggers: [instanceSyncCompleted] },
  async ({ event, step }) => {
    const { organizationId, instanceId, syncRunId, counts } = event.data;
    if (counts.inserted + counts.updated + counts.deleted === 0) return { skipped: "The sync changed no records" };
    return step.run("start-analysis", () =>
      startAnalysis(afterSyncContext(organizationId, syncRunId), { instanceId, engines: ENGINE_IDS }),
    );
  },
);
