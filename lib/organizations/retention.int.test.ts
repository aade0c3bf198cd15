import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestInsight } from "@/lib/insights/testing/insight-factory";
import { createMember } from "@/lib/testing/factories";
import { applyRetention } from "./apply-retention";
import { purgeOrganization } from "./purge-organizations";

const DAY = 86_400_000;
const now = new Date("2026-11-23T12:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

async function organizationWithHistory(retentionDays: number) {
  const { organization } = await createMember();
  await db.organization.update({ where: { id: organization.id }, data: { retentionDays } });
  const instance = await db.serviceNowInstance.create({
    data: { organizationId: organization.id, name: "Prod", url: "https://acme.service-now.com", authType: "BASIC", username: "u", credentialsEnc: "sealed" },
  });
  const base = { organizationId: organization.id, instanceId: instance.id };
  for (const age of [90, 5]) {
    await db.syncRun.create({ data: { ...base, mode: "FULL", status: "SUCCEEDED", createdAt: daysAgo(age), finishedAt: daysAgo(age) } });
    await db.instanceHealthCheck.create({ data: { ...base, checkedAt: daysAgo(age), health: "HEALTHY", authOk: true, breakerState: "closed" } });
    await db.snQuarantine.create({ data: { ...base, syncRunId: randomUUID(), tableName: "controls", reason: "bad", raw: {}, createdAt: daysAgo(age) } });
  }
  const insightId = await createTestInsight(organization.id, { instanceId: instance.id, engine: "controls" });
  for (const expiresAt of [daysAgo(1), new Date(now.getTime() + DAY)]) {
    await db.reportExport.create({ data: { organizationId: organization.id, insightId, format: "csv", status: "SUCCEEDED", content: Buffer.from("a,b"), expiresAt } });
  }
  await db.snRecord.create({
    data: { ...base, tableName: "controls", sysId: "a".repeat(32), sysUpdatedOn: daysAgo(400), data: {}, lastSyncRunId: randomUUID() },
  });
  return { organization, instance };
}

describe("data retention", () => {
  it("deletes history older than the organization's retention period and keeps the rest", async () => {
    const { organization } = await organizationWithHistory(30);
    const other = await organizationWithHistory(30);
    expect(await applyRetention(organization.id, now)).toEqual({ syncRuns: 1, healthChecks: 1, quarantined: 1, expiredExports: 1 });
    const where = { organizationId: organization.id };
    expect(await db.syncRun.count({ where })).toBe(1);
    expect(await db.instanceHealthCheck.count({ where })).toBe(1);
    expect(await db.snQuarantine.count({ where })).toBe(1);
    expect(await db.reportExport.count({ where })).toBe(1);
    // Current synced data is not history, and other organizations are untouched.
    expect(await db.snRecord.count({ where })).toBe(1);
    expect(await db.syncRun.count({ where: { organizationId: other.organization.id } })).toBe(2);
    const event = await db.auditEvent.findFirst({ where: { ...where, action: "organization.retention_applied" } });
    expect(event?.changes).toMatchObject({ retentionDays: 30, syncRuns: 1 });
  });

  it("keeps everything inside a longer retention period, except exports whose link has expired", async () => {
    const { organization } = await organizationWithHistory(365);
    expect(await applyRetention(organization.id, now)).toEqual({ syncRuns: 0, healthChecks: 0, quarantined: 0, expiredExports: 1 });
  });
});

describe("organization purge", () => {
  it("also removes the synced ServiceNow data, which has no foreign key to cascade", async () => {
    const { organization } = await organizationWithHistory(30);
    await db.organization.update({ where: { id: organization.id }, data: { deletedAt: daysAgo(31), purgeAfter: daysAgo(1) } });
    expect(await purgeOrganization(organization.id, now)).toBe(true);
    const where = { organizationId: organization.id };
    expect(await db.snRecord.count({ where })).toBe(0);
    expect(await db.snQuarantine.count({ where })).toBe(0);
    expect(await db.serviceNowInstance.count({ where })).toBe(0);
  });
});
