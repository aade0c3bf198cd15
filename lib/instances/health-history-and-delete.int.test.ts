import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createMember } from "@/lib/testing/factories";
import { createInstance } from "./create-instance";
import { asCaller, call } from "./testing/instance-routes";

vi.mock("@/lib/auth/current-user", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: vi.fn() }));

const auth = { type: "basic", username: "integration", password: "history-Passw0rd" } as const;

async function instanceOf(ctx: Awaited<ReturnType<typeof createMember>>["ctx"], name: string) {
  return createInstance(ctx, { name, url: `https://${name.toLowerCase()}.service-now.com`, auth });
}

describe("GET /instances/{id}/health", () => {
  it("returns the current health and the checks newest first, paged with a cursor", async () => {
    const admin = await createMember("ORG_ADMIN");
    const instance = await instanceOf(admin.ctx, "History");
    const other = await instanceOf(admin.ctx, "Other");
    const organizationId = admin.organization.id;
    const base = Date.UTC(2026, 0, 1);
    await db.instanceHealthCheck.createMany({
      data: [0, 1, 2, 3, 4].map((i) => ({
        organizationId,
        instanceId: instance.id,
        checkedAt: new Date(base + i * 900_000),
        health: i === 4 ? ("DOWN" as const) : ("HEALTHY" as const),
        authOk: i !== 4,
        latencyMs: i === 4 ? null : 100 + i,
        breakerState: "closed",
        error: i === 4 ? "GET /api/now/table/x failed: ECONNREFUSED" : null,
      })),
    });
    const foreignCheck = await db.instanceHealthCheck.create({
      data: { organizationId, instanceId: other.id, health: "HEALTHY", authOk: true, latencyMs: 5, breakerState: "closed" },
    });
    await db.serviceNowInstance.update({ where: { id: instance.id }, data: { health: "DOWN", lastError: "ECONNREFUSED", lastHealthAt: new Date(base + 3_600_000) } });

    const me = asCaller(admin);
    const first = await call(me, "health", { instanceId: instance.id, query: "limit=2" });
    expect(first.status, first.text).toBe(200);
    const page1 = first.json as { current: Record<string, unknown>; data: { latencyMs: number | null; health: string }[]; nextCursor: string };
    expect(page1.current).toMatchObject({ health: "down", lastError: "ECONNREFUSED", lastHealthAt: new Date(base + 3_600_000).toISOString() });
    expect(page1.data.map((c) => c.latencyMs)).toEqual([null, 103]);
    expect(page1.data[0]).toMatchObject({ health: "down", authOk: false, error: expect.stringContaining("ECONNREFUSED") });

    const page2 = (await call(me, "health", { instanceId: instance.id, query: `limit=2&cursor=${page1.nextCursor}` })).json as typeof page1;
    expect(page2.data.map((c) => c.latencyMs)).toEqual([102, 101]);
    const page3 = (await call(me, "health", { instanceId: instance.id, query: `limit=2&cursor=${page2.nextCursor}` })).json as typeof page1;
    expect(page3.data.map((c) => c.latencyMs)).toEqual([100]);
    expect(page3.nextCursor).toBeNull();

    // A tampered cursor, or one naming another instance's check, is a 400, not a different page.
    const forged = Buffer.from(JSON.stringify({ id: foreignCheck.id })).toString("base64url");
    for (const cursor of ["abc", page1.nextCursor.slice(0, -2), forged]) {
      const result = await call(me, "health", { instanceId: instance.id, query: `cursor=${cursor}` });
      expect(result.status, cursor).toBe(400);
    }
  });
});

describe("DELETE /instances/{id}", () => {
  it("removes the instance's checks, sync runs, synced records, quarantine and watermarks, and nothing of other instances", async () => {
    const admin = await createMember("ORG_ADMIN");
    const doomed = await instanceOf(admin.ctx, "Doomed");
    const kept = await instanceOf(admin.ctx, "Kept");
    const organizationId = admin.organization.id;
    for (const instanceId of [doomed.id, kept.id]) {
      const run = await db.syncRun.create({ data: { organizationId, instanceId, mode: "FULL", status: "SUCCEEDED" } });
      await db.instanceHealthCheck.create({ data: { organizationId, instanceId, health: "HEALTHY", authOk: true, breakerState: "closed" } });
      await db.syncWatermark.create({ data: { organizationId, instanceId, tableName: "sn_compliance_control" } });
      await db.snQuarantine.create({ data: { organizationId, instanceId, syncRunId: run.id, tableName: "sn_compliance_control", reason: "bad", raw: {} } });
      await db.snRecord.createMany({
        data: Array.from({ length: 30 }, () => ({
          organizationId,
          instanceId,
          tableName: "sn_compliance_control",
          sysId: randomUUID().replaceAll("-", ""),
          sysUpdatedOn: new Date(),
          data: {},
          lastSyncRunId: run.id,
        })),
      });
    }
    const result = await call(asCaller(admin), "delete", { instanceId: doomed.id });
    expect(result.status).toBe(204);
    const left = async (instanceId: string) => ({
      checks: await db.instanceHealthCheck.count({ where: { instanceId } }),
      runs: await db.syncRun.count({ where: { instanceId } }),
      records: await db.snRecord.count({ where: { instanceId } }),
      quarantine: await db.snQuarantine.count({ where: { instanceId } }),
      watermarks: await db.syncWatermark.count({ where: { instanceId } }),
    });
    expect(await left(doomed.id)).toEqual({ checks: 0, runs: 0, records: 0, quarantine: 0, watermarks: 0 });
    expect(await left(kept.id)).toEqual({ checks: 1, runs: 1, records: 30, quarantine: 1, watermarks: 1 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: doomed.id, action: "instance.deleted" } });
    expect(audit.changes).toEqual({ name: "Doomed", url: "https://doomed.service-now.com" });
  });
});
