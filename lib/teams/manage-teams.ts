import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/organizations/ids";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { type TenantTx, withTenant } from "@/lib/tenancy/with-tenant";
import { type CreateTeamInput, CreateTeamInput as CreateSchema, type Team, type UpdateTeamInput, UpdateTeamInput as UpdateSchema } from "./schemas";
import { teamSelect, toTeam } from "./team-view";

const nameTaken = (name: string) =>
  new AppError("conflict", `A team named "${name}" already exists`, { errors: [{ path: "name", message: "This name is taken" }] });

/** Membership ids of these users in the caller's organization; a user who is not a member is refused by position. */
async function membershipIdsOf(tx: TenantTx, userIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(userIds)];
  const rows = unique.length ? await tx.membership.findMany({ where: { userId: { in: unique } }, select: { id: true, userId: true } }) : [];
  const byUser = new Map(rows.map((r) => [r.userId, r.id]));
  const errors = userIds.flatMap((id, i) => (byUser.has(id) ? [] : [{ path: `memberIds.${i}`, message: "Not a member of this organization" }]));
  if (errors.length) throw new AppError("validation_failed", `${errors[0]!.path}: ${errors[0]!.message}`, { errors });
  return byUser;
}

async function withTeamErrors<T>(name: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error) && name) throw nameTaken(name);
    throw error;
  }
}

export async function createTeam(ctx: ActorContext, input: CreateTeamInput): Promise<Team> {
  authorize(ctx, "users:update");
  const data = CreateSchema.parse(input);
  return withTeamErrors(data.name, () =>
    withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
      const members = await membershipIdsOf(tx, data.memberIds ?? []);
      const team = await tx.team.create({
        data: { organizationId: ctx.organizationId, name: data.name, description: data.description ?? null },
        select: { id: true },
      });
      if (members.size) {
        await tx.teamMember.createMany({ data: [...members.values()].map((membershipId) => ({ organizationId: ctx.organizationId, teamId: team.id, membershipId })) });
      }
      await appendAuditEvent(tx, auditActorOf(ctx), {
        action: "team.created",
        targetType: "team",
        targetId: team.id,
        changes: { name: data.name, memberIds: [...members.keys()] },
      });
      return readTeam(tx, team.id);
    }),
  );
}

/** Renames, re-describes, and with `memberIds` replaces the members; one audit event says what changed. */
export async function updateTeam(ctx: ActorContext, teamId: string, input: UpdateTeamInput): Promise<Team> {
  authorize(ctx, "users:update");
  assertId(teamId, "Team");
  const data = UpdateSchema.parse(input);
  return withTeamErrors(data.name, () =>
    withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
      const before = await tx.team.findFirst({ where: { id: teamId }, select: { name: true, description: true, members: { select: { membershipId: true, membership: { select: { userId: true } } } } } });
      if (!before) throw notFound("Team");
      const changes: Record<string, unknown> = {};
      if (data.name !== undefined && data.name !== before.name) changes.name = { from: before.name, to: data.name };
      if (data.description !== undefined && data.description !== before.description) changes.description = { to: data.description };
      if (Object.keys(changes).length) await tx.team.update({ where: { id: teamId }, data: { name: data.name, description: data.description } });
      if (data.memberIds) {
        const wanted = await membershipIdsOf(tx, data.memberIds);
        const current = new Map(before.members.map((m) => [m.membership.userId, m.membershipId]));
        const added = [...wanted.keys()].filter((u) => !current.has(u));
        const removed = [...current.keys()].filter((u) => !wanted.has(u));
        if (removed.length) await tx.teamMember.deleteMany({ where: { teamId, membershipId: { in: removed.map((u) => current.get(u)!) } } });
        if (added.length) {
          await tx.teamMember.createMany({ data: added.map((u) => ({ organizationId: ctx.organizationId, teamId, membershipId: wanted.get(u)! })) });
        }
        if (added.length) changes.membersAdded = added;
        if (removed.length) changes.membersRemoved = removed;
      }
      if (Object.keys(changes).length) {
        await appendAuditEvent(tx, auditActorOf(ctx), { action: "team.updated", targetType: "team", targetId: teamId, changes });
      }
      return readTeam(tx, teamId);
    }),
  );
}

export async function deleteTeam(ctx: ActorContext, teamId: string): Promise<void> {
  authorize(ctx, "users:update");
  assertId(teamId, "Team");
  await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
    const team = await tx.team.findFirst({ where: { id: teamId }, select: { name: true } });
    if (!team) throw notFound("Team");
    await tx.team.deleteMany({ where: { id: teamId } });
    await appendAuditEvent(tx, auditActorOf(ctx), { action: "team.deleted", targetType: "team", targetId: teamId, changes: { name: team.name } });
  });
}

/** Adds one member to a team; adding someone already in it changes nothing. */
export async function addTeamMember(ctx: ActorContext, teamId: string, userId: string): Promise<Team> {
  return changeTeamMember(ctx, { teamId, userId, action: "team.member_added" }, async (tx, membership) => {
    const held = await tx.teamMember.findFirst({ where: { teamId, membershipId: membership.id }, select: { teamId: true } });
    if (held) return false;
    await tx.teamMember.create({ data: { organizationId: ctx.organizationId, teamId, membershipId: membership.id } });
    return true;
  });
}

export async function removeTeamMember(ctx: ActorContext, teamId: string, userId: string): Promise<Team> {
  return changeTeamMember(ctx, { teamId, userId, action: "team.member_removed" }, async (tx, membership) => {
    const { count } = await tx.teamMember.deleteMany({ where: { teamId, membershipId: membership.id } });
    if (count === 0) throw notFound("Team member");
    return true;
  });
}

/**
 * What adding and removing one member share: both ids are checked against the caller's
 * organization (a miss is a 404), and `change` answers whether anything changed, to be audited.
 */
async function changeTeamMember(
  ctx: ActorContext,
  { teamId, userId, action }: { teamId: string; userId: string; action: "team.member_added" | "team.member_removed" },
  change: (tx: TenantTx, membership: { id: string }) => Promise<boolean>,
): Promise<Team> {
  authorize(ctx, "users:update");
  assertId(teamId, "Team");
  assertId(userId, "Member");
  return withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
    const team = await tx.team.findFirst({ where: { id: teamId }, select: { id: true } });
    if (!team) throw notFound("Team");
    const membership = await tx.membership.findFirst({ where: { userId }, select: { id: true, user: { select: { email: true } } } });
    if (!membership) throw notFound("Member");
    if (await change(tx, membership)) {
      await appendAuditEvent(tx, auditActorOf(ctx), { action, targetType: "team", targetId: teamId, changes: { userId, email: membership.user.email } });
    }
    return readTeam(tx, teamId);
  });
}

function readTeam(tx: TenantTx, teamId: string): Promise<Team> {
  return tx.team.findFirstOrThrow({ where: { id: teamId }, select: teamSelect }).then(toTeam);
}
