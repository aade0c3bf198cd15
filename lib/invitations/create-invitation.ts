import type { ActorContext } from "@/lib/auth/context";
import { assertEmailVerified } from "@/lib/auth/assert-email-verified";
import { authorize } from "@/lib/auth/authorize";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { hashToken, randomToken } from "@/lib/crypto/tokens";
import { AppError, notFound } from "@/lib/errors";
import { assertCanGrantRole } from "@/lib/roles/grantable";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { INVITATION_TTL_MS, invitationSelect, toInvitation } from "./invitation-view";
import { type InvitationSent, type InviteInput, InviteInput as Schema } from "./schemas";
import { sendInvitationEmail } from "./send-invitation-email";

/**
 * Invites someone by email with one role. The link (a random token; only its hash is stored) is
 * valid for 7 days and works for new and existing accounts. Needs `users:create`, a verified email
 * address for a person inviting, and every permission of the offered role.
 */
export async function inviteMember(ctx: ActorContext, input: InviteInput): Promise<InvitationSent> {
  authorize(ctx, "users:create");
  const data = Schema.parse(input);
  await assertEmailVerified(ctx, "invite people");
  const token = randomToken();
  const created = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
    const role = await tx.role.findFirst({ where: { id: data.roleId }, select: { id: true, name: true, builtIn: true, permissions: true } });
    if (!role) throw notFound("Role");
    assertCanGrantRole(ctx, role);
    // Two admins inviting the same address at once must not both pass the checks below.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`invite:${ctx.organizationId}:${data.email}`}, 0))`;
    const member = await tx.membership.findFirst({ where: { user: { email: data.email } }, select: { id: true } });
    if (member) throw new AppError("conflict", `${data.email} is already a member of this organization`, { errors: [{ path: "email", message: "Already a member" }] });
    const now = new Date();
    const pending = await tx.invitation.findFirst({
      where: { email: data.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    if (pending) {
      throw new AppError("conflict", `${data.email} already has a pending invitation; resend or revoke it instead`, {
        errors: [{ path: "email", message: "Already invited" }],
      });
    }
    const organization = await tx.organization.findFirstOrThrow({ select: { name: true } });
    const row = await tx.invitation.create({
      data: {
        organizationId: ctx.organizationId,
        email: data.email,
        roleId: role.id,
        tokenHash: hashToken(token),
        invitedById: ctx.actorType === "user" ? ctx.actorId : null,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        lastSentAt: now,
      },
      select: invitationSelect,
    });
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: "invitation.created",
      targetType: "invitation",
      targetId: row.id,
      changes: { email: data.email, role: role.name },
    });
    return { invitation: toInvitation(row), organizationName: organization.name };
  });
  return sendInvitationEmail(ctx, { ...created, token });
}
