import { inngest } from "@/inngest/client";
import { logger } from "@/lib/logger";
import { findInstancesDueForSync, startScheduledSync } from "@/lib/sync/schedule-due-syncs";

// Inngest caps a run at 1,000 steps; the rest are still due at the next tick, most overdue first.
export const MAX_SYNCS_PER_TICK = 500;

/**
 * Every 5 minutes: starts an incremental sync of each instance whose hourly, daily or cron
 * schedule is due, and moves its next sync time on. One step per instance, so a retried tick does
 * not start again what it already started; an instance still syncing skips this slot.
 */
export const instanceSyncScheduler = inngest.createFunction(
  { id: "instance-sync-scheduler", name: "Start scheduled syncs", retries: 2, triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) => {
    const due = await step.run("find-due-instances", async () => {
      const now = new Date();
      return { now: now.toISOString(), instances: await findInstancesDueForSync(now, MAX_SYNCS_PER_TICK) };
    });
    const counts = { started: 0, already_running: 0, not_due: 0 };
    for (const instance of due.instances) {
      const outcome = await step.run(`start-${instance.id}`, () =>
        startScheduledSync(instance.organizationId, instance.id, new Date(due.now)),
      );
      counts[outcome]++;
    }
    if (due.instances.length) logger.info(`sync scheduler: ${counts.started} started, ${counts.already_running} still syncing`);
    return counts;
  },
);
