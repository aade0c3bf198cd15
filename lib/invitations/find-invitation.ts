import { db } from "@/lib/db";
import { hashToken } from "@/lib/crypto/tokens";
import { invitationStatus } from "./invitation-view";
import { InvitationToken, type InvitationStatus } from "./schemas";

export interface InvitationPreview {
  id: string;
  organizationId: string;
  organization: { name: string; slug: string };
  email: string;
  roleId: string;
  roleName: string;
  inviterName: string | null;
  expiresAt: Date;
  status: InvitationStatus;
  /** Whether an account with the invited email exists: sign in to accept, or register. */
  accountExists: boolean;
}

/**
 * The invitation behind a link, looked up before any tenant is known, by the hash of the token
 * only. A link for a deleted organization is as dead as an unknown one.
 */
export async function findInvitationByToken(token: string): Promise<InvitationPreview | null> {
  if (!InvitationToken.safeParse(token).success) return null;
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      organizationId: true,
      email: true,
      roleId: true,
      invitedById: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      role: { select: { name: true } },
      organization: { select: { name: true, slug: true, deletedAt: true } },
    },
  });
  if (!row || row.organization.deletedAt) return null;
  const [inviter, account] = await Promise.all([
    row.invitedById ? db.user.findUnique({ where: { id: row.invitedById }, select: { name: true, email: true } }) : null,
    db.user.findUnique({ where: { email: row.email }, select: { id: true } }),
  ]);
  return {
    id: row.id,
    organizationId: row.organizationId,
    organization: { name: row.organization.name, slug: row.organization.slug },
    email: row.email,
    roleId: row.roleId,
    roleName: row.role.name,
    inviterName: inviter ? (inviter.name ?? inviter.email) : null,
    expiresAt: row.expiresAt,
    status: invitationStatus(row),
    accountExists: account !== null,
  };
}
