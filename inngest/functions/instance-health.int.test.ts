import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inngest } from "@/inngest/client";
import { db } from "@/lib/db";
import { checkInstanceHealth, healthJobContext } from "@/lib/instances/check-instance-health";
import { createInstance } from "@/lib/instances/create-instance";
import { createRun } from "@/lib/jobs/in-process/run-store";
import { InProcessRunner } from "@/lib/jobs/in-process/runner";
import { type RunningSimulator, startSimulator } from "@/lib/servicenow/simulator/server";
import { createMember } from "@/lib/testing/factories";
import { instanceHealth } from "./instance-health";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 3, size: "small", quiet: true });
});
afterAll(() => sim?.close());

const basic = (password: string) => ({ type: "basic", username: "admin", password }) as const;

/** One scheduled run of the function, as the runner's cron would start it. */
async function runScheduledCheck() {
  const runner = new InProcessRunner(inngest, [instanceHealth], { retryDelayMs: () => 5 });
  const runId = await createRun({
    functionId: `${inngest.id}-instance-health`,
    event: { name: "inngest/scheduled.timer", id: `cron-test-${randomUUID()}`, ts: Date.now(), data: { cron: "*/15 * * * *" } },
  });
  await runner.drain();
  await runner.stop();
  return db.jobRun.findUniqueOrThrow({ where: { id: runId }, include: { steps: true } });
}

describe("instance-health (every 15 minutes)", () => {
  it("is registered with a 15-minute cron", () => {
    const config = (instanceHealth as unknown as { getConfig(o: object): { triggers: { cron?: string }[] }[] }).getConfig({
      baseUrl: new URL("http://localhost/api/inngest"),
      appPrefix: inngest.id,
    });
    expect(config[0]!.triggers).toEqual([{ cron: "*/15 * * * *" }]);
  });

  it("checks every instance of every live organization in its own step, records each check and audits changes only", async () => {
    const a = await createMember("ORG_ADMIN");
    const good = await createInstance(a.ctx, { name: "Good", url: sim.url, auth: basic("admin") });
    const bad = await createInstance(a.ctx, { name: "Bad", url: sim.url, auth: basic("wrong") });
    const deleted = await createMember("ORG_ADMIN");
    const orphan = await createInstance(deleted.ctx, { name: "Pending deletion", url: sim.url, auth: basic("admin") });
    await db.organization.update({ where: { id: deleted.organization.id }, data: { deletedAt: new Date(), purgeAfter: new Date(Date.now() + 86_400_000) } });

    const run = await runScheduledCheck();
    expect(run.status).toBe("SUCCEEDED");
    expect(run.result).toEqual({ checked: 2, changed: 2, unhealthy: 1 });
    expect(run.steps.map((s) => s.name).sort()).toEqual(["list-instances", `check-${bad.id}`, `check-${good.id}`].sort());

    const rows = await db.serviceNowInstance.findMany({ where: { id: { in: [good.id, bad.id, orphan.id] } } });
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[good.id]).toMatchObject({ health: "HEALTHY", lastError: null });
    expect(byId[good.id]!.lastLatencyMs).toBeGreaterThanOrEqual(0);
    expect(byId[bad.id]).toMatchObject({ health: "AUTH_FAILED" });
    expect(byId[bad.id]!.lastError).toMatch(/rejected the credentials/);
    expect(byId[orphan.id]).toMatchObject({ health: "UNKNOWN", lastHealthAt: null });
    const checks = await db.instanceHealthCheck.findMany({ where: { instanceId: { in: [good.id, bad.id, orphan.id] } } });
    expect(checks.map((c) => [c.instanceId, c.health, c.authOk]).sort()).toEqual(
      [
        [good.id, "HEALTHY", true],
        [bad.id, "AUTH_FAILED", false],
      ].sort(),
    );
    const changes = await db.auditEvent.findMany({ where: { organizationId: a.organization.id, action: "instance.health_changed" } });
    expect(changes.map((e) => [e.targetId, e.actorType, e.changes])).toEqual(
      expect.arrayContaining([
        [good.id, "SYSTEM", { from: "unknown", to: "healthy" }],
        [bad.id, "SYSTEM", expect.objectContaining({ from: "unknown", to: "auth_failed" })],
      ]),
    );

    // The next run records new checks; nothing changed, so nothing more in the audit log.
    const second = await runScheduledCheck();
    expect(second.result).toEqual({ checked: 2, changed: 0, unhealthy: 1 });
    expect(await db.instanceHealthCheck.count({ where: { instanceId: { in: [good.id, bad.id] } } })).toBe(4);
    expect(await db.auditEvent.count({ where: { organizationId: a.organization.id, action: "instance.health_changed" } })).toBe(2);
  });

  it("marks a slow instance degraded and an unreachable one down", async () => {
    const { ctx, organization } = await createMember("ORG_ADMIN");
    const slow = await createInstance(ctx, { name: "Slow", url: sim.url, auth: basic("admin") });
    const gone = await createInstance(ctx, { name: "Gone", url: "http://127.0.0.1:9", auth: basic("admin") });
    const system = healthJobContext(organization.id);
    await fetch(`${sim.url}/__sim/faults`, { method: "POST", body: JSON.stringify({ slow: { delayMs: 2_100 } }) });
    try {
      expect(await checkInstanceHealth(system, slow.id)).toMatchObject({ health: "degraded", changed: true });
    } finally {
      await fetch(`${sim.url}/__sim/faults`, { method: "DELETE" });
    }
    expect((await db.instanceHealthCheck.findFirstOrThrow({ where: { instanceId: slow.id } })).latencyMs).toBeGreaterThan(2_000);
    expect(await checkInstanceHealth(system, gone.id, { timeoutMs: 2_000, retry: { maxRetries: 0 } })).toMatchObject({ health: "down" });
    expect(await db.instanceHealthCheck.findFirstOrThrow({ where: { instanceId: gone.id } })).toMatchObject({ authOk: false, latencyMs: expect.any(Number) });
  });

  it("checks only within the organization it is given, and skips instances deleted meanwhile", async () => {
    const a = await createMember("ORG_ADMIN");
    const b = await createMember("ORG_ADMIN");
    const instance = await createInstance(a.ctx, { name: "A", url: sim.url, auth: basic("admin") });
    expect(await checkInstanceHealth(healthJobContext(b.organization.id), instance.id)).toBeNull();
    expect(await db.instanceHealthCheck.count({ where: { instanceId: instance.id } })).toBe(0);
    expect(await checkInstanceHealth(healthJobContext(a.organization.id), randomUUID())).toBeNull();
  });
});
