"use server";

import { headers } from "next/headers";
import { metaFromHeaders } from "@/lib/api/request-meta";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { acceptInvitation, acceptInvitationAsNewUser } from "@/lib/invitations/accept-invitation";
import { InvitationToken, NewAccountInput } from "@/lib/invitations/schemas";
import { FIRST_ISSUE_AS_MESSAGE, runAction } from "@/lib/actions/action-result";

/** The signed-in user joins with the invitation sent to their address. */
export async function acceptInvitationAction(token: string) {
  return runAction(async () => {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", "Sign in to accept the invitation");
    const joined = await acceptInvitation(InvitationToken.parse(token), { userId: user.id, email: user.email, ...metaFromHeaders(await headers()) });
    return { slug: joined.organization.slug };
  }, FIRST_ISSUE_AS_MESSAGE);
}

/** Someone new creates their account with the invited email and joins; the form then signs them in. */
export async function acceptInvitationAsNewUserAction(token: string, input: unknown) {
  return runAction(async () => {
    const joined = await acceptInvitationAsNewUser(InvitationToken.parse(token), NewAccountInput.parse(input), metaFromHeaders(await headers()));
    return { slug: joined.organization.slug, email: joined.email };
  }, FIRST_ISSUE_AS_MESSAGE);
}
