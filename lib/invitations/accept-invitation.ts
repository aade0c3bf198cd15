import { randomUUID } from "node:crypto";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { RequestMeta } from "@/lib/auth/context";
import { assertAcceptablePassword } from "@/lib/auth/password-policy/check-password";
import { hashPassword } from "@/lib/auth/passwords";
import { hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { UserCaller } from "@/lib/auth/tokens/user-caller";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { type InvitationPreview, findInvitationByToken } from "./find-invitation";
import { type NewAccountInput, NewAccountInput as NewAccountSchema } from "./schemas";

export interface JoinedOrganization {
  organization: { id: string; name: string; slug: string };
  email: string;
}

const REASONS = {
  expired: "This invitation has expired; ask an administrator to send a new one",
  revoked: "This invitation was revoked; ask an administrator for a new one",
  accepted: "This invitation has already been used",
} as const;

async function usableInvitation(token: string): Promise<InvitationPreview> {
  const invitation = await findInvitationByToken(token);
  if (!invitation) throw new AppError("invalid_token", "This invitation link is invalid");
  if (invitation.status !== "pending") throw new AppError("invalid_token", REASONS[invitation.status]);
  return invitation;
}

/**
 * A signed-in user accepts an invitation sent to their email address. Having the link proves
 * they read that mailbox, so an unverified address counts as verified from here on.
 */
export async function acceptInvitation(token: string, actor: UserCaller): Promise<JoinedOrganization> {
  const invitation = await usableInvitation(token);
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { id: true, email: true } });
  if (!user) throw new AppError("unauthenticated", "Sign in to accept the invitation");
  if (user.email.toLowerCase() !== invitation.email) {
    throw new AppError("forbidden", `This invitation was sent to ${invitation.email}, but you are signed in as ${user.email}`);
  }
  await join(token, invitation, { ...actor, userId: user.id, email: user.email }, null);
  return { organization: { id: invitation.organizationId, ...invitation.organization }, email: user.email };
}

/**
 * Someone without an account accepts: the account is created with the invited email (verified by
 * the link), in the same transaction as the membership, so a used or revoked link creates nothing.
 */
export async function acceptInvitationAsNewUser(token: string, input: NewAccountInput, meta: RequestMeta): Promise<JoinedOrganization> {
  const data = NewAccountSchema.parse(input);
  const invitation = await usableInvitation(token);
  if (invitation.accountExists) throw new AppError("conflict", `An account for ${invitation.email} already exists; sign in to accept the invitation`);
  assertAcceptablePassword(data.password, { email: invitation.email });
  const passwordHash = await hashPassword(data.password);
  const userId = randomUUID();
  await join(token, invitation, { ...meta, userId, email: invitation.email }, { name: data.name, passwordHash });
  return { organization: { id: invitation.organizationId, ...invitation.organization }, email: invitation.email };
}

async function join(token: string, invitation: InvitationPreview, actor: UserCaller, newAccount: { name: string; passwordHash: string } | null) {
  const organizationId = invitation.organizationId;
  try {
    await withTenant({ organizationId, userId: actor.userId }, async (tx) => {
      const now = new Date();
      // The guard is in the write itself: of two tabs accepting one link, only one matches.
      const { count } = await tx.invitation.updateMany({
        where: { id: invitation.id, tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (count === 0) throw new AppError("invalid_token", REASONS.accepted);
      const live = await tx.organization.findFirst({ where: { deletedAt: null }, select: { id: true } });
      if (!live) throw new AppError("invalid_token", "This invitation link is invalid");
      if (newAccount) {
        await tx.user.create({
          data: { id: actor.userId, email: invitation.email, name: newAccount.name, passwordHash: newAccount.passwordHash, emailVerifiedAt: now },
        });
      } else {
        await tx.user.updateMany({ where: { id: actor.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
      }
      const existing = await tx.membership.findFirst({ where: { userId: actor.userId }, select: { id: true } });
      if (!existing) {
        const membership = await tx.membership.create({ data: { organizationId, userId: actor.userId }, select: { id: true } });
        await tx.membershipRole.create({ data: { organizationId, membershipId: membership.id, roleId: invitation.roleId } });
      }
      await appendAuditEvent(
        tx,
        { organizationId, actorType: "user", actorId: actor.userId, actorLabel: actor.email, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId },
        {
          action: "invitation.accepted",
          targetType: "invitation",
          targetId: invitation.id,
          changes: { email: invitation.email, role: invitation.roleName, newAccount: newAccount !== null, alreadyMember: existing !== null },
        },
      );
    });
  } catch (error) {
    // The email was free when checked, but someone registered it meanwhile.
    if (newAccount && isUniqueViolation(error)) {
      throw new AppError("conflict", `An account for ${invitation.email} already exists; sign in to accept the invitation`);
    }
    throw error;
  }
}
