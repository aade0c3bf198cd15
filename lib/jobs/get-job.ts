import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { jobSelect, toJob } from "./job-view";
import type { Job } from "./schemas";

export async function getJob(ctx: ActorContext, jobId: string): Promise<Job> {
  authorize(ctx, "jobs:read");
  const row = await db.jobRun.findFirst({ where: { id: jobId, organizationId: ctx.organizationId }, select: jobSelect });
  if (!row) throw notFound("Job");
  return toJob(row);
}
