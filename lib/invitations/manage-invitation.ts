import type { ActorContext } from "@/lib/auth/context";
import { assertEmailVerified } from "@/lib/auth/assert-email-verified";
import { authorize } from "@/lib/auth/authorize";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { hashToken, randomToken } from "@/lib/crypto/tokens";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/organizations/ids";
import { type TenantTx, withTenant } from "@/lib/tenancy/with-tenant";
import { INVITATION_TTL_MS, RESEND_INTERVAL_MS, invitationSelect, invitationStatus, toInvitation } from "./invitation-view";
import type { Invitation, InvitationSent } from "./schemas";
import { sendInvitationEmail } from "./send-invitation-email";

/** The organization's invitations, newest first: pending (expired ones too) or all. */
export async function listInvitations(ctx: ActorContext, options: { status?: "pending" | "all" } = {}): Promise<Invitation[]> {
  authorize(ctx, "users:read");
  const rows = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) =>
    tx.invitation.findMany({
      where: options.status === "all" ? {} : { acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      take: 500,
      select: invitationSelect,
    }),
  );
  return rows.map(toInvitation);
}

/**
 * Sends the invitation again with a new link (the old one stops working) and a fresh 7 days.
 * At most once a minute per invitation, so it cannot be used to flood someone's inbox.
 */
export async function resendInvitation(ctx: ActorContext, invitationId: string): Promise<InvitationSent> {
  authorize(ctx, "users:create");
  assertId(invitationId, "Invitation");
  await assertEmailVerified(ctx, "invite people");
  const token = randomToken();
  const renewed = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
    const now = new Date();
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, acceptedAt: null, revokedAt: null, lastSentAt: { lte: new Date(now.getTime() - RESEND_INTERVAL_MS) } },
      data: { tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + INVITATION_TTL_MS), lastSentAt: now },
    });
    if (count === 0) await explainUnchanged(tx, invitationId, now);
    const row = await tx.invitation.findFirstOrThrow({ where: { id: invitationId }, select: invitationSelect });
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: "invitation.resent",
      targetType: "invitation",
      targetId: invitationId,
      changes: { email: row.email, expiresAt: row.expiresAt.toISOString() },
    });
    const organization = await tx.organization.findFirstOrThrow({ select: { name: true } });
    return { invitation: toInvitation(row), organizationName: organization.name };
  });
  return sendInvitationEmail(ctx, { ...renewed, token });
}

/** Revokes a pending invitation: its link stops working at once. */
export async function revokeInvitation(ctx: ActorContext, invitationId: string): Promise<Invitation> {
  authorize(ctx, "users:create");
  assertId(invitationId, "Invitation");
  return withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, async (tx) => {
    const now = new Date();
    const { count } = await tx.invitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) await explainUnchanged(tx, invitationId, now);
    const row = await tx.invitation.findFirstOrThrow({ where: { id: invitationId }, select: invitationSelect });
    await appendAuditEvent(tx, auditActorOf(ctx), {
      action: "invitation.revoked",
      targetType: "invitation",
      targetId: invitationId,
      changes: { email: row.email },
    });
    return toInvitation(row);
  });
}

/** Why a guarded update matched nothing: unknown here, already used or revoked, or sent too recently. */
async function explainUnchanged(tx: TenantTx, invitationId: string, now: Date): Promise<never> {
  const row = await tx.invitation.findFirst({ where: { id: invitationId }, select: { acceptedAt: true, revokedAt: true, expiresAt: true, lastSentAt: true } });
  if (!row) throw notFound("Invitation");
  const status = invitationStatus(row, now);
  if (status === "accepted" || status === "revoked") throw new AppError("conflict", `The invitation has already been ${status}`);
  const wait = Math.max(1, Math.ceil((row.lastSentAt.getTime() + RESEND_INTERVAL_MS - now.getTime()) / 1000));
  throw new AppError("rate_limited", `The invitation was sent less than a minute ago; try again in ${wait} seconds`, {
    headers: { "Retry-After": String(wait) },
  });
}
