import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteInstance } from "@/lib/instances/delete-instance";
import { type RunningSimulator, startSimulator } from "@/lib/servicenow/simulator/server";
import { syncedChecksums } from "@/lib/sync/synced-checksum";
import { simulatorChecksums, syncRunner } from "@/lib/sync/testing/sync-harness";
import { DEMO_INSTANCE_NAME, ensureDemoInstance } from "./demo-instance";
import { DEMO_ORG_SLUG, seedDemo } from "./seed-demo";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 1, size: "small", quiet: true });
});
afterAll(() => sim?.close());

it("connects the demo organization to the simulator once, syncs it in the background, follows the port, and respects a deletion", async () => {
  const markerFile = path.join(mkdtempSync(path.join(os.tmpdir(), "ciq-demo-")), "demo-instance.json");
  expect(await ensureDemoInstance(sim.url, { markerFile })).toEqual({ outcome: "skipped" });
  await seedDemo("demo-password-for-tests");
  const organization = await db.organization.findUniqueOrThrow({ where: { slug: DEMO_ORG_SLUG } });

  const created = await ensureDemoInstance(sim.url, { markerFile });
  expect(created).toMatchObject({ outcome: "created", jobId: expect.any(String) });
  const instance = await db.serviceNowInstance.findFirstOrThrow({ where: { organizationId: organization.id } });
  expect(instance).toMatchObject({ id: created.instanceId, name: DEMO_INSTANCE_NAME, url: sim.url, authType: "BASIC", username: "admin" });
  // Only queued: the dev server's runner does the work.
  expect(await db.syncRun.findFirstOrThrow({ where: { instanceId: instance.id } })).toMatchObject({ status: "QUEUED", mode: "FULL", jobRunId: created.jobId });
  await syncRunner().drain();
  expect(await db.syncRun.findFirstOrThrow({ where: { instanceId: instance.id } })).toMatchObject({ status: "SUCCEEDED" });
  expect(await syncedChecksums(organization.id, instance.id)).toEqual(await simulatorChecksums(sim));

  expect(await ensureDemoInstance(sim.url, { markerFile })).toEqual({ outcome: "unchanged", instanceId: instance.id });
  const moved = "http://127.0.0.1:8799";
  expect(await ensureDemoInstance(moved, { markerFile })).toEqual({ outcome: "updated", instanceId: instance.id });
  expect((await db.serviceNowInstance.findUniqueOrThrow({ where: { id: instance.id } })).url).toBe(moved);
  expect(await db.syncRun.count({ where: { instanceId: instance.id } })).toBe(1);

  await deleteInstance({ organizationId: organization.id, actorId: "test", actorType: "system", permissions: ["instances:delete"] }, instance.id);
  expect(await ensureDemoInstance(sim.url, { markerFile })).toEqual({ outcome: "skipped" });
  expect(await db.serviceNowInstance.count({ where: { organizationId: organization.id } })).toBe(0);
}, 120_000);
