import { inngest } from "@/inngest/client";
import { checkInstanceHealth, healthJobContext, listInstancesForHealthCheck } from "@/lib/instances/check-instance-health";
import { logger } from "@/lib/logger";

// Inngest caps a run at 1,000 steps; the rest wait for the next run, least recently checked first.
export const MAX_INSTANCES_PER_RUN = 900;

/**
 * Every 15 minutes: one health check per instance (latency, authentication, last error, circuit
 * breaker), each its own step so a retried run does not check again what it already checked. An
 * instance's failure is its recorded health, not the run's failure.
 */
export const instanceHealth = inngest.createFunction(
  {
    id: "instance-health",
    name: "Instance health checks",
    retries: 2,
    // A run that outlasts its slot must not overlap the next one.
    concurrency: { limit: 1 },
    triggers: [{ cron: "*/15 * * * *" }],
  },
  async ({ step }) => {
    const targets = await step.run("list-instances", () => listInstancesForHealthCheck(MAX_INSTANCES_PER_RUN));
    const counts = { checked: 0, changed: 0, unhealthy: 0 };
    for (const target of targets) {
      const outcome = await step.run(`check-${target.id}`, () =>
        checkInstanceHealth(healthJobContext(target.organizationId), target.id),
      );
      if (!outcome) continue;
      counts.checked++;
      if (outcome.changed) counts.changed++;
      if (outcome.health !== "healthy") counts.unhealthy++;
    }
    logger.info(`instance health: ${counts.checked} checked, ${counts.changed} changed, ${counts.unhealthy} not healthy`);
    return counts;
  },
);
