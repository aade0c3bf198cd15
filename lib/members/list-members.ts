import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { assertId } from "@/lib/organizations/ids";
import { type TenantTx, withTenant } from "@/lib/tenancy/with-tenant";
import { memberSelect, toMember } from "./member-view";
import type { Member } from "./schemas";

/**
 * One page of members in the order they joined. Pages continue after a membership id (UUIDv7, so
 * time-ordered), which stays valid even if that member leaves meanwhile.
 */
export async function listMembers(ctx: ActorContext, page: { limit: number; afterId?: string }): Promise<{ data: Member[]; nextId: string | null }> {
  authorize(ctx, "users:read");
  const rows = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) =>
    tx.membership.findMany({
      where: page.afterId ? { id: { gt: page.afterId } } : {},
      orderBy: { id: "asc" },
      take: page.limit + 1,
      select: memberSelect,
    }),
  );
  const more = rows.length > page.limit;
  const kept = rows.slice(0, page.limit);
  return { data: kept.map(toMember), nextId: more ? (kept.at(-1)?.id ?? null) : null };
}

/** Every member, for the Team page. */
export async function listAllMembers(ctx: ActorContext): Promise<Member[]> {
  authorize(ctx, "users:read");
  const rows = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) =>
    tx.membership.findMany({ orderBy: { id: "asc" }, select: memberSelect }),
  );
  return rows.map(toMember);
}

/** A member of the caller's organization by user id; anyone else is not found. */
export async function getMember(ctx: ActorContext, userId: string): Promise<Member> {
  authorize(ctx, "users:read");
  assertId(userId, "Member");
  return withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) => readMember(tx, userId));
}

export async function readMember(tx: TenantTx, userId: string): Promise<Member> {
  const row = await tx.membership.findFirst({ where: { userId }, select: memberSelect });
  if (!row) throw notFound("Member");
  return toMember(row);
}
