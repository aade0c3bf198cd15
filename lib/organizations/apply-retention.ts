import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { withTenant } from "@/lib/tenancy/with-tenant";

const DAY_MS = 86_400_000;

export interface RetentionResult {
  syncRuns: number;
  healthChecks: number;
  quarantined: number;
  /** Rendered exports past their expiry: their download links no longer work, so the files go. */
  expiredExports: number;
}

/** Organizations whose history the retention job looks at: every one not pending deletion. */
export async function organizationsForRetention(): Promise<string[]> {
  const rows = await db.organization.findMany({ where: { deletedAt: null }, select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.id);
}

/**
 * Deletes history older than the organization's retention period (Organization.retentionDays):
 * finished sync runs, instance health checks and quarantined records; and rendered exports once
 * their download link has expired. The current synced data is
 * not history and stays. The audit log is exempt: it is append-only evidence, and deleting from
 * it would break the chain that proves it complete.
 */
export async function applyRetention(organizationId: string, now = new Date()): Promise<RetentionResult> {
  return withTenant({ organizationId }, async (tx) => {
    const org = await tx.organization.findFirst({ select: { retentionDays: true } });
    if (!org) return { syncRuns: 0, healthChecks: 0, quarantined: 0, expiredExports: 0 };
    const cutoff = new Date(now.getTime() - org.retentionDays * DAY_MS);
    const quarantined = (await tx.snQuarantine.deleteMany({ where: { createdAt: { lt: cutoff } } })).count;
    const syncRuns = (
      await tx.syncRun.deleteMany({ where: { finishedAt: { lt: cutoff }, status: { in: ["SUCCEEDED", "FAILED", "CANCELLED"] } } })
    ).count;
    const healthChecks = (await tx.instanceHealthCheck.deleteMany({ where: { checkedAt: { lt: cutoff } } })).count;
    const expiredExports = (await tx.reportExport.deleteMany({ where: { expiresAt: { lt: now } } })).count;
    const result = { syncRuns, healthChecks, quarantined, expiredExports };
    if (syncRuns + healthChecks + quarantined + expiredExports > 0) {
      await appendAuditEvent(
        tx,
        { organizationId, actorType: "system", actorLabel: "retention" },
        { action: "organization.retention_applied", targetType: "organization", targetId: organizationId, changes: { retentionDays: org.retentionDays, ...result } },
      );
    }
    return result;
  });
}
