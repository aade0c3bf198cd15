import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { jobSelect, toJob } from "./job-view";
import type { Job } from "./schemas";
import { withTenant } from "@/lib/tenancy/with-tenant";

/** The organization's jobs, newest first; `afterId` continues after that job. */
export async function listJobs(
  ctx: ActorContext,
  page: { limit: number; afterId?: string },
): Promise<{ data: Job[]; nextId: string | null }> {
  authorize(ctx, "jobs:read");
  const rows = await withTenant(ctx, (tx) =>
    tx.jobRun.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: page.limit + 1,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      select: jobSelect,
    }),
  );
  const more = rows.length > page.limit;
  const data = rows.slice(0, page.limit).map(toJob);
  return { data, nextId: more ? (data.at(-1)?.id ?? null) : null };
}
