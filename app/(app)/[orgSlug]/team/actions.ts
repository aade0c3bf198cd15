"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { metaFromHeaders } from "@/lib/api/request-meta";
import type { ActorContext } from "@/lib/auth/context";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { inviteMember } from "@/lib/invitations/create-invitation";
import { resendInvitation, revokeInvitation } from "@/lib/invitations/manage-invitation";
import { InviteInput } from "@/lib/invitations/schemas";
import { assignRole } from "@/lib/members/assign-role";
import { removeMember } from "@/lib/members/remove-member";
import { unassignRole } from "@/lib/members/unassign-role";
import { type ActionResult, FIRST_ISSUE_AS_MESSAGE, runAction } from "@/lib/actions/action-result";
import { createRole } from "@/lib/roles/create-role";
import { deleteRole } from "@/lib/roles/delete-role";
import { CreateRoleInput, UpdateRoleInput } from "@/lib/roles/schemas";
import { updateRole } from "@/lib/roles/update-role";
import { addTeamMember, createTeam, deleteTeam, removeTeamMember, updateTeam } from "@/lib/teams/manage-teams";
import { CreateTeamInput, UpdateTeamInput } from "@/lib/teams/schemas";

// Thin: resolve the member's context for this organization, call the use case, refresh the page.
// Every rule (permissions, last admin, grantable roles) lives in the use cases REST calls too.

async function actorFor(orgSlug: string): Promise<ActorContext> {
  const { ctx } = await requirePageContext(orgSlug);
  return { ...ctx, ...metaFromHeaders(await headers()) };
}

async function act<T>(orgSlug: string, work: (ctx: ActorContext) => Promise<T>): Promise<ActionResult<T>> {
  const result = await runAction(async () => work(await actorFor(orgSlug)), FIRST_ISSUE_AS_MESSAGE);
  if (result.ok) revalidatePath(`/${orgSlug}/team`);
  return result;
}

export async function inviteMemberAction(orgSlug: string, input: unknown) {
  return act(orgSlug, async (ctx) => {
    const invitation = await inviteMember(ctx, InviteInput.parse(input));
    return { email: invitation.email, emailSent: invitation.emailSent };
  });
}

export async function resendInvitationAction(orgSlug: string, invitationId: string) {
  return act(orgSlug, async (ctx) => ({ emailSent: (await resendInvitation(ctx, invitationId)).emailSent }));
}

export async function revokeInvitationAction(orgSlug: string, invitationId: string) {
  return act(orgSlug, async (ctx) => {
    await revokeInvitation(ctx, invitationId);
    return null;
  });
}

export async function assignRoleAction(orgSlug: string, userId: string, roleId: string) {
  return act(orgSlug, async (ctx) => {
    await assignRole(ctx, userId, roleId);
    return null;
  });
}

export async function unassignRoleAction(orgSlug: string, userId: string, roleId: string) {
  return act(orgSlug, async (ctx) => {
    await unassignRole(ctx, userId, roleId);
    return null;
  });
}

export async function removeMemberAction(orgSlug: string, userId: string) {
  return act(orgSlug, async (ctx) => {
    await removeMember(ctx, userId);
    return null;
  });
}

export async function createRoleAction(orgSlug: string, input: unknown) {
  return act(orgSlug, async (ctx) => (await createRole(ctx, CreateRoleInput.parse(input))).id);
}

export async function updateRoleAction(orgSlug: string, roleId: string, input: unknown) {
  return act(orgSlug, async (ctx) => (await updateRole(ctx, roleId, UpdateRoleInput.parse(input))).id);
}

export async function deleteRoleAction(orgSlug: string, roleId: string) {
  return act(orgSlug, async (ctx) => {
    await deleteRole(ctx, roleId);
    return null;
  });
}

export async function createTeamAction(orgSlug: string, input: unknown) {
  return act(orgSlug, async (ctx) => (await createTeam(ctx, CreateTeamInput.parse(input))).id);
}

export async function updateTeamAction(orgSlug: string, teamId: string, input: unknown) {
  return act(orgSlug, async (ctx) => (await updateTeam(ctx, teamId, UpdateTeamInput.parse(input))).id);
}

export async function deleteTeamAction(orgSlug: string, teamId: string) {
  return act(orgSlug, async (ctx) => {
    await deleteTeam(ctx, teamId);
    return null;
  });
}

export async function setTeamMembershipAction(orgSlug: string, teamId: string, userId: string, member: boolean) {
  return act(orgSlug, async (ctx) => {
    await (member ? addTeamMember(ctx, teamId, userId) : removeTeamMember(ctx, teamId, userId));
    return null;
  });
}
