import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember } from "@/lib/testing/factories";
import { cancelJob } from "./cancel-job";
import { enqueueJob } from "./enqueue-job";
import { getJob } from "./get-job";
import { listJobs } from "./list-jobs";

describe("jobs across organizations", () => {
  it("hides one organization's jobs from another: 404 on read and cancel, absent from lists, unchanged", async () => {
    const a = await createMember("ORG_ADMIN");
    const b = await createMember("ORG_ADMIN");
    const jobId = await enqueueJob(a.ctx, { functionId: "demo-ping", eventName: "demo/ping.requested", data: { steps: 1, delayMs: 0, requestedBy: a.ctx.actorId } });

    await expect(getJob(b.ctx, jobId)).rejects.toMatchObject({ status: 404 });
    await expect(cancelJob(b.ctx, jobId)).rejects.toMatchObject({ status: 404 });
    expect((await listJobs(b.ctx, { limit: 50 })).data).toEqual([]);
    const row = await db.jobRun.findUniqueOrThrow({ where: { id: jobId } });
    expect(row.status).toBe("QUEUED");
    expect(row.cancelRequestedAt).toBeNull();
  });

  it("lets a viewer read jobs but not start or cancel them", async () => {
    const admin = await createMember("ORG_ADMIN");
    const viewer = await createMember("VIEWER", admin.organization.id);
    const jobId = await enqueueJob(admin.ctx, { functionId: "demo-ping", eventName: "demo/ping.requested", data: { steps: 1, delayMs: 0, requestedBy: admin.ctx.actorId } });
    expect((await getJob(viewer.ctx, jobId)).id).toBe(jobId);
    await expect(cancelJob(viewer.ctx, jobId)).rejects.toMatchObject({ status: 403 });
    expect((await db.jobRun.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("QUEUED");
  });

  it("pages through jobs with a cursor, newest first, without repeats", async () => {
    const { ctx } = await createMember();
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await enqueueJob(ctx, { functionId: "demo-ping", eventName: "demo/ping.requested", data: { steps: 1, delayMs: 0, requestedBy: ctx.actorId } }));
    const first = await listJobs(ctx, { limit: 3 });
    const second = await listJobs(ctx, { limit: 3, afterId: first.nextId ?? undefined });
    expect(first.nextId).not.toBeNull();
    expect(second.nextId).toBeNull();
    expect(new Set([...first.data, ...second.data].map((j) => j.id))).toEqual(new Set(ids));
  });
});
