import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { jobSelect, toJob } from "./job-view";
import type { Job } from "./schemas";
import { withTenant } from "@/lib/tenancy/with-tenant";

export async function getJob(ctx: ActorContext, jobId: string): Promise<Job> {
  authorize(ctx, "jobs:read");
  const row = await withTenant(ctx, (tx) => tx.jobRun.findFirst({ where: { id: jobId }, select: jobSelect }));
  if (!row) throw notFound("Job");
  return toJob(row);
}
