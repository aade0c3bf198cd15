import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteInstance } from "@/lib/instances/delete-instance";
import { updateInstance } from "@/lib/instances/update-instance";
import { cancelJob } from "@/lib/jobs/cancel-job";
import { getJob } from "@/lib/jobs/get-job";
import { type RunningSimulator, startSimulator } from "@/lib/servicenow/simulator/server";
import { listSyncHistory } from "./list-sync-history";
import { findInstancesDueForSync, startScheduledSync } from "./schedule-due-syncs";
import { startSync } from "./start-sync";
import { readTables, totalsOf } from "./table-progress";
import { connectedInstance, simulator, syncRunner } from "./testing/sync-harness";

// One sync per instance at a time, cancellation, deletion mid-sync, and the schedule.

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 31, size: "small", quiet: true });
});
afterAll(() => sim?.close());

const PAGE = 20;
const served = () => Object.values(sim.state.stats.snapshot().rowsServed).reduce((a, b) => a + b, 0);
const fetchedSoFar = async (syncRunId: string) =>
  totalsOf(readTables((await db.syncRun.findUniqueOrThrow({ where: { id: syncRunId }, select: { tables: true } })).tables)).fetched;

describe("one sync per instance", () => {
  it("refuses a second sync while one is queued or running, naming its job, and allows one after", async () => {
    const { ctx, instance } = await connectedInstance(sim.url);
    const first = await startSync(ctx, instance.id, { mode: "incremental" }, { pageSize: PAGE });
    await expect(startSync(ctx, instance.id, { mode: "full" })).rejects.toMatchObject({
      code: "conflict",
      status: 409,
      message: `A sync of this instance is already running (job ${first.jobId})`,
    });
    // Two requests at once: the database's one-active-run index lets exactly one through.
    const other = await connectedInstance(sim.url);
    const raced = await Promise.allSettled([
      startSync(other.ctx, other.instance.id, { mode: "incremental" }),
      startSync(other.ctx, other.instance.id, { mode: "incremental" }),
    ]);
    expect(raced.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(raced.find((r) => r.status === "rejected")).toMatchObject({ reason: { status: 409 } });
    expect(await db.syncRun.count({ where: { instanceId: other.instance.id } })).toBe(1);
    expect(await db.jobRun.count({ where: { organizationId: other.ctx.organizationId, functionId: "complianceiq-instance-sync" } })).toBe(1);

    await syncRunner().drain();
    expect((await getJob(ctx, first.jobId)).status).toBe("succeeded");
    const next = await startSync(ctx, instance.id, { mode: "incremental" });
    expect(next.jobId).not.toBe(first.jobId);
    await syncRunner().drain();
  }, 120_000);

  it("needs instances:update to start and finds no other organization's instance", async () => {
    const { ctx, instance, organization } = await connectedInstance(sim.url);
    const { createMember } = await import("@/lib/testing/factories");
    const analyst = await createMember("ANALYST", organization.id);
    await expect(startSync(analyst.ctx, instance.id, { mode: "incremental" })).rejects.toMatchObject({ status: 403 });
    const stranger = await createMember("ORG_ADMIN");
    await expect(startSync(stranger.ctx, instance.id, { mode: "incremental" })).rejects.toMatchObject({ status: 404 });
    await expect(listSyncHistory(stranger.ctx, instance.id, { limit: 5 })).rejects.toMatchObject({ status: 404 });
    expect((await listSyncHistory(ctx, instance.id, { limit: 5 })).data).toEqual([]);
    expect(await db.syncRun.count({ where: { instanceId: instance.id } })).toBe(0);
  });
});

describe("cancelling and deleting", () => {
  it("stops at the next page when the job is cancelled and records the run as cancelled with its partial counts", async () => {
    const { ctx, instance } = await connectedInstance(sim.url);
    await simulator("/__sim/faults", { body: { slow: { delayMs: 100 } } }, sim);
    try {
      const { jobId, syncRunId } = await startSync(ctx, instance.id, { mode: "full" }, { pageSize: PAGE });
      const runner = syncRunner();
      runner.start();
      await expect.poll(() => fetchedSoFar(syncRunId), { timeout: 60_000, interval: 50 }).toBeGreaterThanOrEqual(3 * PAGE);
      const servedAtCancel = served();
      await cancelJob(ctx, jobId);
      await runner.stop();
      // At most the page in flight when the cancellation came.
      const servedAtStop = served();
      expect(servedAtStop - servedAtCancel).toBeLessThanOrEqual(PAGE);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(served()).toBe(servedAtStop);

      const [run] = (await listSyncHistory(ctx, instance.id, { limit: 1 })).data;
      expect(run).toMatchObject({ id: syncRunId, status: "cancelled", jobId });
      expect(run!.finishedAt).not.toBeNull();
      expect(run!.totals.fetched).toBeGreaterThanOrEqual(3 * PAGE);
      expect(run!.totals.fetched).toBeLessThan(Object.values(sim.state.counts()).reduce((a, b) => a + b, 0));
      expect(run!.totals.inserted).toBe(await db.snRecord.count({ where: { instanceId: instance.id } }));
      expect((await getJob(ctx, jobId)).status).toBe("cancelled");
      expect(await db.auditEvent.count({ where: { targetId: instance.id, action: "instance.sync_cancelled" } })).toBe(1);

      // A cancelled sync no longer blocks the next one.
      await simulator("/__sim/faults", { method: "DELETE" }, sim);
      await startSync(ctx, instance.id, { mode: "incremental" }, { pageSize: 200 });
      await syncRunner().drain();
      expect((await listSyncHistory(ctx, instance.id, { limit: 1 })).data[0]).toMatchObject({ status: "succeeded" });
    } finally {
      await simulator("/__sim/faults", { method: "DELETE" }, sim);
    }
  }, 120_000);

  it("fails the job with a reason when the instance is deleted mid-sync, and leaves none of its records", async () => {
    const { ctx, instance } = await connectedInstance(sim.url);
    await simulator("/__sim/faults", { body: { slow: { delayMs: 100 } } }, sim);
    try {
      const { jobId, syncRunId } = await startSync(ctx, instance.id, { mode: "full" }, { pageSize: PAGE });
      const runner = syncRunner();
      runner.start();
      await expect.poll(() => fetchedSoFar(syncRunId), { timeout: 60_000, interval: 50 }).toBeGreaterThan(0);
      await deleteInstance(ctx, instance.id);
      await runner.stop();
      await syncRunner().drain();
      expect(await getJob(ctx, jobId)).toMatchObject({ status: "failed", error: "The instance was deleted while it was syncing" });
      expect(await db.snRecord.count({ where: { instanceId: instance.id } })).toBe(0);
      expect(await db.syncRun.count({ where: { instanceId: instance.id } })).toBe(0);
    } finally {
      await simulator("/__sim/faults", { method: "DELETE" }, sim);
    }
  }, 120_000);
});

describe("scheduled syncs", () => {
  it("starts a due instance's incremental sync once per slot, skips it while it still syncs, and ignores manual ones", async () => {
    const { ctx, instance, organization } = await connectedInstance(sim.url);
    const manual = await connectedInstance(sim.url);
    await updateInstance(ctx, instance.id, { syncSchedule: { type: "hourly" } });
    const past = new Date(Date.now() - 60_000);
    await db.serviceNowInstance.updateMany({ where: { id: { in: [instance.id, manual.instance.id] } }, data: { nextSyncAt: past } });

    const now = new Date();
    const due = (await findInstancesDueForSync(now, 1_000)).map((d) => d.id);
    expect(due).toContain(instance.id);
    expect(due).not.toContain(manual.instance.id);

    expect(await startScheduledSync(organization.id, instance.id, now)).toBe("started");
    const next = (await db.serviceNowInstance.findUniqueOrThrow({ where: { id: instance.id } })).nextSyncAt!;
    expect(next.getTime()).toBeGreaterThan(now.getTime());
    expect(next.getUTCMinutes()).toBe(0);
    // The same slot again (a retried step, another scheduler): nothing more.
    expect(await startScheduledSync(organization.id, instance.id, now)).toBe("not_due");

    // Due again while the first sync has not run yet: skipped, and the slot is used up.
    await db.serviceNowInstance.updateMany({ where: { id: instance.id }, data: { nextSyncAt: past } });
    expect(await startScheduledSync(organization.id, instance.id, now)).toBe("already_running");
    expect((await db.serviceNowInstance.findUniqueOrThrow({ where: { id: instance.id } })).nextSyncAt!.getTime()).toBeGreaterThan(now.getTime());

    await syncRunner().drain();
    const runs = (await listSyncHistory(ctx, instance.id, { limit: 10 })).data;
    expect(runs.map((r) => [r.mode, r.status])).toEqual([["incremental", "succeeded"]]);
    const requested = await db.auditEvent.findFirstOrThrow({ where: { targetId: instance.id, action: "instance.sync_requested" } });
    expect(requested).toMatchObject({ actorType: "SYSTEM", actorId: "instance-sync-scheduler" });
  }, 120_000);
});
