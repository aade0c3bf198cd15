import { inngest } from "@/inngest/client";
import { applyRetention, organizationsForRetention } from "@/lib/organizations/apply-retention";

/**
 * Daily at 03:30 UTC: deletes each organization's history older than its retention setting. One
 * step per organization, so a retried run does not redo finished ones.
 */
export const organizationRetention = inngest.createFunction(
  { id: "organization-retention", name: "Apply data retention", retries: 3, triggers: [{ cron: "30 3 * * *" }] },
  async ({ step }) => {
    const organizations = await step.run("list-organizations", () => organizationsForRetention());
    for (const organizationId of organizations) {
      await step.run(`retention-${organizationId}`, () => applyRetention(organizationId));
    }
    return { organizations: organizations.length };
  },
);
