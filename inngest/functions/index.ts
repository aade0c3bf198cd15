import { analysisAfterSync } from "./analysis-after-sync";
import { analysisRun } from "./analysis-run";
import { demoPing } from "./demo-ping";
import { insightExport } from "./insight-export";
import { instanceHealth } from "./instance-health";
import { instanceSync } from "./instance-sync";
import { instanceSyncScheduler } from "./instance-sync-scheduler";
import { organizationPurge } from "./organization-purge";
import { organizationRetention } from "./organization-retention";

/** Every Inngest function of the app: served at /api/inngest and run by the in-process runner. */
export const functions = [demoPing, instanceHealth, organizationPurge, organizationRetention, instanceSync, instanceSyncScheduler,
  analysisRun, analysisAfterSync, insightExport];
