import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { apiKeySelect, toApiKeyView } from "./api-key-view";
import type { ApiKeyView } from "./schemas";

/** The organization's keys, newest first, revoked and expired ones included; `afterId` continues a page. */
export async function listApiKeys(
  ctx: ActorContext,
  page: { limit: number; afterId?: string },
): Promise<{ data: ApiKeyView[]; nextId: string | null }> {
  authorize(ctx, "apikeys:manage");
  const rows = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) =>
    tx.apiKey.findMany({
      where: { organizationId: ctx.organizationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: page.limit + 1,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      select: apiKeySelect,
    }),
  );
  const now = new Date();
  const data = rows.slice(0, page.limit).map((row) => toApiKeyView(row, now));
  return { data, nextId: rows.length > page.limit ? (data.at(-1)?.id ?? null) : null };
}
