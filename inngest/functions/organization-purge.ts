import { inngest } from "@/inngest/client";
import { logger } from "@/lib/logger";
import { findOrganizationsDueForPurge, purgeOrganization } from "@/lib/organizations/purge-organizations";

/**
 * Daily at 03:00 UTC: hard-deletes organizations whose 30-day grace period after deletion is
 * over. One step per organization, so a retried run does not redo finished purges; each purge
 * re-checks that the organization is still deleted and due (an admin may have restored it).
 */
export const organizationPurge = inngest.createFunction(
  { id: "organization-purge", name: "Purge deleted organizations", retries: 3, triggers: [{ cron: "0 3 * * *" }] },
  async ({ step }) => {
    const due = await step.run("find-due-organizations", () => findOrganizationsDueForPurge());
    let purged = 0;
    for (const organizationId of due) {
      if (await step.run(`purge-${organizationId}`, () => purgeOrganization(organizationId))) purged++;
    }
    if (due.length) logger.info(`organization purge: ${purged} of ${due.length} due organizations purged`);
    return { due: due.length, purged };
  },
);
