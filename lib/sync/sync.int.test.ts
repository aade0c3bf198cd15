import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getJob } from "@/lib/jobs/get-job";
import { sendEvent } from "@/lib/jobs/send-event";
import { syncTables } from "@/lib/servicenow/mapping/registry";
import type { MutationResult } from "@/lib/servicenow/simulator/mutate";
import { type RunningSimulator, startSimulator } from "@/lib/servicenow/simulator/server";
import { listSyncHistory } from "./list-sync-history";
import { startSync } from "./start-sync";
import { syncedChecksums } from "./synced-checksum";
import { connectedInstance, simulator, simulatorChecksums, syncRunner } from "./testing/sync-harness";
import { OVERLAP_MS } from "./watermark";

// The completion event is what later work subscribes to: record it on its way out.
vi.mock("@/lib/jobs/send-event", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/jobs/send-event")>();
  return { ...original, sendEvent: vi.fn(original.sendEvent) };
});

let sim: RunningSimulator;
beforeAll(async () => {
  // About 1,500 records; small pages so that every table spans several steps.
  sim = await startSimulator({ port: 0, seed: 11, size: "small", counts: { controls: 60, risks: 30 }, quiet: true });
});
afterAll(() => sim?.close());

const PAGE = 40;
const byName = (name: string) => syncTables.find((t) => t.name === name)!;

async function syncAndWait(ctx: Parameters<typeof startSync>[0], instanceId: string, mode: "incremental" | "full") {
  const started = await startSync(ctx, instanceId, { mode }, { pageSize: PAGE });
  await syncRunner().drain();
  const [run] = (await listSyncHistory(ctx, instanceId, { limit: 1 })).data;
  expect(run?.id).toBe(started.syncRunId);
  return { ...started, run: run!, job: await getJob(ctx, started.jobId) };
}

function rowsServed(): number {
  return Object.values(sim.state.stats.snapshot().rowsServed).reduce((a, b) => a + b, 0);
}

describe("sync of an instance", () => {
  it("copies every table exactly on the first sync, with progress, counts, marks and a completion event", async () => {
    await simulator("/__sim/reset", { method: "POST" }, sim);
    const { ctx, instance } = await connectedInstance(sim.url);
    const expected = await simulatorChecksums(sim);
    const total = Object.values(expected).reduce((sum, t) => sum + t.count, 0);

    const { run, job, syncRunId } = await syncAndWait(ctx, instance.id, "incremental");

    expect(run).toMatchObject({ status: "succeeded", mode: "incremental", progress: 100, error: null });
    expect(run.totals).toEqual({ fetched: total, inserted: total, updated: 0, deleted: 0, quarantined: 0 });
    expect(run.tables.map((t) => t.name)).toEqual(syncTables.map((t) => t.name));
    for (const t of run.tables) expect(t, t.name).toMatchObject({ done: true, total: expected[t.table]!.count, fetched: expected[t.table]!.count });
    expect(run.durationMs).toBeGreaterThan(0);
    expect(job).toMatchObject({ status: "succeeded", progress: 100, result: { syncRunId, counts: run.totals } });
    expect(await syncedChecksums(ctx.organizationId, instance.id)).toEqual(expected);

    // One step per page: a table of n records took ceil(n / PAGE) page steps.
    const steps = await db.jobStep.findMany({ where: { jobRunId: run.jobId! }, select: { name: true } });
    const controlPages = steps.filter((s) => s.name.startsWith("fetch-controls-page-")).length;
    expect(controlPages).toBe(Math.ceil(expected[byName("controls").table]!.count / PAGE));

    const marks = await db.syncWatermark.findMany({ where: { instanceId: instance.id } });
    expect(marks).toHaveLength(syncTables.length);
    expect(marks.every((m) => m.highWaterMark !== null && m.lastFullSyncAt === null)).toBe(true);
    expect((await db.serviceNowInstance.findUniqueOrThrow({ where: { id: instance.id } })).lastSyncAt).not.toBeNull();
    const audit = await db.auditEvent.findMany({ where: { organizationId: ctx.organizationId, targetId: instance.id }, orderBy: { seq: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["instance.created", "instance.sync_requested", "instance.sync_completed"]);
    expect(audit.at(-1)?.changes).toMatchObject({ syncRunId, inserted: total });
    expect(vi.mocked(sendEvent)).toHaveBeenCalledWith({
      name: "instance/sync.completed",
      id: `sync-completed-${syncRunId}`,
      data: expect.objectContaining({ organizationId: ctx.organizationId, instanceId: instance.id, syncRunId, counts: run.totals }),
    });
  }, 120_000);

  it("reads only the changed records incrementally, and a full sync removes the deleted ones", async () => {
    await simulator("/__sim/reset", { method: "POST" }, sim);
    const { ctx, instance } = await connectedInstance(sim.url);
    await syncAndWait(ctx, instance.id, "full");

    const changes = (await simulator("/__sim/mutate", { body: { update: 6, insert: 4, delete: 3, seed: 5 } }, sim)) as MutationResult;
    await simulator("/__sim/stats/reset", { method: "POST" }, sim);
    const incremental = await syncAndWait(ctx, instance.id, "incremental");

    // Exactly the changed records were read and counted; deletions wait for a full sync.
    expect(incremental.run.totals).toEqual({ fetched: 10, inserted: 4, updated: 6, deleted: 0, quarantined: 0 });
    // Besides the changes, only the one-record count probes (one per table with changes) were served.
    expect(rowsServed()).toBeLessThanOrEqual(10 + syncTables.length);
    const after = await syncedChecksums(ctx.organizationId, instance.id);
    const expected = await simulatorChecksums(sim);
    for (const mapping of syncTables) {
      const deleted = changes.deleted.filter((c) => c.table === mapping.table).length;
      expect(after[mapping.table]!.count, mapping.table).toBe(expected[mapping.table]!.count + deleted);
      if (deleted === 0) expect(after[mapping.table], mapping.table).toEqual(expected[mapping.table]);
    }

    // Read again within the overlap window, the same changes are not counted as updated twice.
    const again = await syncAndWait(ctx, instance.id, "incremental");
    expect(again.run.totals).toMatchObject({ fetched: 10, inserted: 0, updated: 0 });

    const full = await syncAndWait(ctx, instance.id, "full");
    expect(full.run.totals).toMatchObject({ inserted: 0, updated: 0, deleted: 3 });
    expect(await syncedChecksums(ctx.organizationId, instance.id)).toEqual(await simulatorChecksums(sim));
    for (const gone of changes.deleted) {
      expect(await db.snRecord.count({ where: { instanceId: instance.id, sysId: gone.sys_id } })).toBe(0);
    }
  }, 180_000);

  it("moves each table's high-water mark to just past its newest record, never past the sync's start minus the overlap", async () => {
    await simulator("/__sim/reset", { method: "POST" }, sim);
    const { ctx, instance } = await connectedInstance(sim.url);
    await syncAndWait(ctx, instance.id, "incremental");
    const newest = (table: string) => sim.state.store.rows(table).reduce((max, r) => ((r.sys_updated_on ?? "") > max ? (r.sys_updated_on ?? "") : max), "");
    const marks = new Map((await db.syncWatermark.findMany({ where: { instanceId: instance.id } })).map((m) => [m.tableName, m.highWaterMark]));
    const controls = byName("controls");
    expect(marks.get("controls")?.getTime()).toBe(new Date(`${newest(controls.table).replace(" ", "T")}Z`).getTime() + 1000);

    // A record changed just now: the next mark stays an overlap behind the sync's start.
    await simulator("/__sim/mutate", { body: { table: controls.table, update: 1, seed: 9 } }, sim);
    const { run } = await syncAndWait(ctx, instance.id, "incremental");
    const mark = (await db.syncWatermark.findUniqueOrThrow({ where: { instanceId_tableName: { instanceId: instance.id, tableName: "controls" } } })).highWaterMark!;
    expect(mark.getTime()).toBeLessThanOrEqual(new Date(run.startedAt!).getTime() - OVERLAP_MS);
  }, 120_000);

  it("quarantines a malformed record with its reason and syncs the rest", async () => {
    const control = (n: number, extra: Record<string, string> = {}) => ({
      sys_id: n.toString(16).padStart(32, "a"),
      number: `CTRL${n}`,
      name: `Control ${n}`,
      key_control: "true",
      sys_updated_on: "2026-09-01 10:00:00",
      ...extra,
    });
    const bad = await startSimulator({
      port: 0,
      quiet: true,
      dataset: { sn_compliance_control: [control(1), control(2, { key_control: "maybe" }), control(3, { sys_updated_on: "yesterday" })] },
    });
    try {
      const { ctx, instance } = await connectedInstance(bad.url);
      const { run, syncRunId } = await syncAndWait(ctx, instance.id, "full");
      expect(run.status).toBe("succeeded");
      expect(run.tables.find((t) => t.name === "controls")).toMatchObject({ fetched: 3, inserted: 1, quarantined: 2 });
      const quarantined = await db.snQuarantine.findMany({ where: { syncRunId }, orderBy: { sysId: "asc" } });
      expect(quarantined.map((q) => [q.sysId, q.tableName])).toEqual([
        [control(2).sys_id, "controls"],
        [control(3).sys_id, "controls"],
      ]);
      expect(quarantined[0]!.reason).toMatch(/key_control expected "true" or "false", got "maybe"/);
      expect(quarantined[1]!.reason).toMatch(/sys_updated_on/);
      expect(await db.snRecord.findMany({ where: { instanceId: instance.id }, select: { sysId: true } })).toEqual([{ sysId: control(1).sys_id }]);
    } finally {
      await bad.close();
    }
  }, 60_000);
});
