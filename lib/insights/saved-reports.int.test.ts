import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember } from "@/lib/testing/factories";
import { deleteSavedReport } from "./delete-saved-report";
import { listSavedReports } from "./list-saved-reports";
import { saveInsight } from "./save-insight";
import { createTestInsight, createTestInstance } from "./testing/insight-factory";

async function organizationWithInsight() {
  const admin = await createMember("ORG_ADMIN");
  const instanceId = await createTestInstance(admin.ctx);
  const insightId = await createTestInsight(admin.organization.id, {
    instanceId,
    engine: "compliance",
    createdAt: new Date("2026-03-01T00:00:00Z"),
    dataAsOf: new Date("2026-02-28T00:00:00Z"),
  });
  return { admin, instanceId, insightId };
}

describe("saved reports", () => {
  it("saves an insight under a unique name, audits it, lists and deletes it", async () => {
    const { admin, instanceId, insightId } = await organizationWithInsight();
    // A viewer only reads insights, and that is enough to bookmark one.
    const viewer = await createMember("VIEWER", admin.organization.id);

    const saved = await saveInsight(viewer.ctx, insightId, { name: "  Q1 board pack " });
    expect(saved).toEqual({
      id: expect.any(String),
      name: "Q1 board pack",
      insightId,
      engine: "compliance",
      instanceId,
      insightCreatedAt: "2026-03-01T00:00:00.000Z",
      dataAsOf: "2026-02-28T00:00:00.000Z",
      createdById: viewer.user.id,
      createdAt: expect.any(String),
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: admin.organization.id, action: "insight.saved" } });
    expect(event).toMatchObject({ actorId: viewer.user.id, targetType: "insight", targetId: insightId });
    expect(event.changes).toMatchObject({ savedReportId: saved.id, name: "Q1 board pack", engine: "compliance" });

    await expect(saveInsight(admin.ctx, insightId, { name: "Q1 board pack" })).rejects.toMatchObject({
      status: 409,
      message: 'A saved report named "Q1 board pack" already exists in this organization',
    });
    // Another organization may use the same name.
    const other = await organizationWithInsight();
    await expect(saveInsight(other.admin.ctx, other.insightId, { name: "Q1 board pack" })).resolves.toMatchObject({ name: "Q1 board pack" });

    const second = await saveInsight(admin.ctx, insightId, { name: "Audit committee" });
    const first = await listSavedReports(admin.ctx, { limit: 1 });
    expect(first.data.map((r) => r.id)).toEqual([second.id]);
    const rest = await listSavedReports(admin.ctx, { limit: 1, afterId: first.nextId! });
    expect(rest).toEqual({ data: [saved], nextId: null });

    await deleteSavedReport(admin.ctx, saved.id);
    expect((await listSavedReports(admin.ctx, { limit: 10 })).data.map((r) => r.id)).toEqual([second.id]);
    expect(await db.auditEvent.count({ where: { organizationId: admin.organization.id, action: "insight.unsaved", targetId: insightId } })).toBe(1);
    await expect(deleteSavedReport(admin.ctx, saved.id)).rejects.toMatchObject({ status: 404 });
  });

  it("keeps organizations apart and checks the input", async () => {
    const a = await organizationWithInsight();
    const b = await organizationWithInsight();
    const saved = await saveInsight(a.admin.ctx, a.insightId, { name: "Mine" });

    await expect(saveInsight(b.admin.ctx, a.insightId, { name: "Theirs" })).rejects.toMatchObject({ status: 404 });
    await expect(deleteSavedReport(b.admin.ctx, saved.id)).rejects.toMatchObject({ status: 404 });
    expect((await listSavedReports(b.admin.ctx, { limit: 10 })).data).toEqual([]);
    expect(await db.savedReport.count({ where: { id: saved.id } })).toBe(1);

    await expect(saveInsight(a.admin.ctx, a.insightId, { name: " " })).rejects.toMatchObject({ name: "ZodError" });
    await expect(saveInsight(a.admin.ctx, a.insightId, { name: "x".repeat(101) })).rejects.toMatchObject({ name: "ZodError" });
    const noInsights = { ...a.admin.ctx, permissions: a.admin.ctx.permissions.filter((p) => p !== "insights:read") };
    await expect(saveInsight(noInsights, a.insightId, { name: "Nope" })).rejects.toMatchObject({ status: 403 });
    await expect(listSavedReports(noInsights, { limit: 10 })).rejects.toMatchObject({ status: 403 });
    await expect(deleteSavedReport(noInsights, saved.id)).rejects.toMatchObject({ status: 403 });
  });
});
