import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { instanceSelect, toInstanceView } from "./instance-view";
import type { InstanceView } from "./schemas";
import { tenantOf } from "./tenant-of";

/** The organization's instances by name; `afterId` continues after that instance. */
export async function listInstances(
  ctx: ActorContext,
  page: { limit: number; afterId?: string },
): Promise<{ data: InstanceView[]; nextId: string | null }> {
  authorize(ctx, "instances:read");
  const rows = await withTenant(tenantOf(ctx), async (tx) => {
    // A cursor naming no row of this organization (deleted meanwhile, or another tenant's) is a
    // 400 like any stale cursor, not a silently restarted list.
    if (page.afterId && !(await tx.serviceNowInstance.findFirst({ where: { id: page.afterId }, select: { id: true } }))) {
      return null;
    }
    return tx.serviceNowInstance.findMany({
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: page.limit + 1,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      select: instanceSelect,
    });
  });
  if (!rows) throw new AppError("invalid_cursor", "The cursor is invalid; start again without one");
  const more = rows.length > page.limit;
  const data = rows.slice(0, page.limit).map(toInstanceView);
  return { data, nextId: more ? (data.at(-1)?.id ?? null) : null };
}
