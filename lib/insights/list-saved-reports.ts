import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { tenantOf } from "@/lib/instances/tenant-of";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { savedReportSelect, toSavedReportView } from "./saved-report-view";
import type { SavedReportView } from "./schemas";

/** The organization's saved reports, newest first, with the engine, instance and date of each insight. */
export async function listSavedReports(
  ctx: ActorContext,
  page: { limit: number; afterId?: string },
): Promise<{ data: SavedReportView[]; nextId: string | null }> {
  authorize(ctx, "insights:read");
  if (page.afterId) assertId(page.afterId, "Cursor");
  const rows = await withTenant(tenantOf(ctx), (tx) =>
    tx.savedReport.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: page.limit + 1,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      select: savedReportSelect,
    }),
  );
  const data = rows.slice(0, page.limit).map(toSavedReportView);
  return { data, nextId: rows.length > page.limit ? (data.at(-1)?.id ?? null) : null };
}
