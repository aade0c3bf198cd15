import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { notFound } from "@/lib/errors";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import type { Team } from "./schemas";
import { teamSelect, toTeam } from "./team-view";

/** One page of teams, in creation order. */
export async function listTeams(ctx: ActorContext, page: { limit: number; afterId?: string }): Promise<{ data: Team[]; nextId: string | null }> {
  authorize(ctx, "users:read");
  const rows = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) =>
    tx.team.findMany({ where: page.afterId ? { id: { gt: page.afterId } } : {}, orderBy: { id: "asc" }, take: page.limit + 1, select: teamSelect }),
  );
  const data = rows.slice(0, page.limit).map(toTeam);
  return { data, nextId: rows.length > page.limit ? (data.at(-1)?.id ?? null) : null };
}

/** Every team by name, for the Team page. */
export async function listAllTeams(ctx: ActorContext): Promise<Team[]> {
  authorize(ctx, "users:read");
  const rows = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) =>
    tx.team.findMany({ orderBy: { name: "asc" }, select: teamSelect }),
  );
  return rows.map(toTeam);
}

export async function getTeam(ctx: ActorContext, teamId: string): Promise<Team> {
  authorize(ctx, "users:read");
  assertId(teamId, "Team");
  const row = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) =>
    tx.team.findFirst({ where: { id: teamId }, select: teamSelect }),
  );
  if (!row) throw notFound("Team");
  return toTeam(row);
}
