import { Inngest, NonRetriableError } from "inngest";
import { afterEach, describe, expect, it } from "vitest";
import { demoPing } from "@/inngest/functions/demo-ping";
import { inngest } from "@/inngest/client";
import { db } from "@/lib/db";
import { getJob } from "@/lib/jobs/get-job";
import { cancelJob } from "@/lib/jobs/cancel-job";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { createMember } from "@/lib/testing/factories";
import { InProcessRunner } from "./runner";

const runners: InProcessRunner[] = [];
function runner(client: Inngest.Any, functions: ConstructorParameters<typeof InProcessRunner>[1]) {
  const r = new InProcessRunner(client, functions, { retryDelayMs: () => 5 });
  runners.push(r);
  return r;
}
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

describe("in-process runner", () => {
  it("runs the demo ping job to completion, recording progress and each step", async () => {
    const { ctx } = await createMember();
    const r = runner(inngest, [demoPing]);
    const jobId = await enqueueJob(ctx, {
      functionId: "demo-ping",
      eventName: "demo/ping.requested",
      data: { steps: 3, delayMs: 1, requestedBy: ctx.actorId },
    });
    await r.drain();

    const job = await getJob(ctx, jobId);
    expect(job.status).toBe("succeeded");
    expect(job.progress).toBe(100);
    expect(job.result).toMatchObject({ pongs: 3 });
    const steps = await db.jobStep.findMany({ where: { jobRunId: jobId }, orderBy: { finishedAt: "asc" } });
    expect(steps.map((s) => s.name)).toEqual(["job-started", "ping-1", "ping-2", "ping-3", "job-succeeded"]);
  });

  it("retries a failing step with backoff, then succeeds without re-running finished steps", async () => {
    const { ctx } = await createMember();
    const client = new Inngest({ id: "runner-test" });
    const calls = { first: 0, flaky: 0 };
    const fn = client.createFunction({ id: "flaky", retries: 3, triggers: [{ event: "test/flaky" }] }, async ({ step }) => {
      await step.run("first", async () => ++calls.first);
      return step.run("flaky", async () => {
        if (++calls.flaky < 3) throw new Error(`transient ${calls.flaky}`);
        return "ok";
      });
    });
    const r = runner(client, [fn]);
    const [runId] = await r.send({ name: "test/flaky", data: { organizationId: ctx.organizationId } });
    await r.drain();

    expect(calls).toEqual({ first: 1, flaky: 3 });
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId }, include: { steps: true } });
    expect(run.status).toBe("SUCCEEDED");
    expect(run.result).toBe("ok");
    expect(run.steps.find((s) => s.name === "flaky")?.attempts).toBe(3);
  });

  it("fails a run whose step runs out of retries, and runs the function's onFailure handler", async () => {
    const client = new Inngest({ id: "runner-test" });
    const failures: string[] = [];
    const fn = client.createFunction(
      {
        id: "doomed",
        retries: 1,
        triggers: [{ event: "test/doomed" }],
        onFailure: async ({ error }) => void failures.push(error.message),
      },
      async ({ step }) => step.run("always-fails", async () => {
        throw new Error("the instance is unreachable");
      }),
    );
    const r = runner(client, [fn]);
    const [runId] = await r.send({ name: "test/doomed", data: {} });
    await r.drain();

    const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.status).toBe("FAILED");
    expect(run.error).toBe("the instance is unreachable");
    expect(failures).toEqual(["the instance is unreachable"]);
  });

  it("does not retry a NonRetriableError", async () => {
    const client = new Inngest({ id: "runner-test" });
    let calls = 0;
    const fn = client.createFunction({ id: "invalid", retries: 5, triggers: [{ event: "test/invalid" }] }, async ({ step }) =>
      step.run("validate", async () => {
        calls++;
        throw new NonRetriableError("instance not found");
      }),
    );
    const r = runner(client, [fn]);
    const [runId] = await r.send({ name: "test/invalid", data: {} });
    await r.drain();
    expect(calls).toBe(1);
    expect((await db.jobRun.findUniqueOrThrow({ where: { id: runId } })).status).toBe("FAILED");
  });

  it("stops a cancelled job at the next step boundary", async () => {
    const { ctx } = await createMember();
    const client = new Inngest({ id: "runner-test" });
    let ran = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fn = client.createFunction({ id: "long", triggers: [{ event: "test/long" }] }, async ({ step }) => {
      await step.run("one", async () => {
        ran++;
        await gate;
      });
      await step.run("two", async () => void ran++);
    });
    const r = runner(client, [fn]);
    const [runId] = await r.send({ name: "test/long", data: { organizationId: ctx.organizationId } });
    r.start();
    await expect.poll(() => ran).toBe(1);
    await cancelJob(ctx, runId as string);
    release();
    await r.stop();
    await r.drain();
    expect(ran).toBe(1);
    expect((await getJob(ctx, runId as string)).status).toBe("cancelled");
  });

  it("runs a sleeping function again once its sleep is over", async () => {
    const client = new Inngest({ id: "runner-test" });
    const fn = client.createFunction({ id: "sleepy", triggers: [{ event: "test/sleepy" }] }, async ({ step }) => {
      const before = await step.run("before", async () => Date.now());
      await step.sleep("nap", "300ms");
      const after = await step.run("after", async () => Date.now());
      return (after as number) - (before as number);
    });
    const r = runner(client, [fn]);
    const [runId] = await r.send({ name: "test/sleepy", data: {} });
    r.start();
    await expect.poll(async () => (await db.jobRun.findUniqueOrThrow({ where: { id: runId } })).status, { timeout: 10_000 }).toBe("SUCCEEDED");
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.result as number).toBeGreaterThanOrEqual(300);
  });
});
