import type { Invitation, InvitationStatus } from "./schemas";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const RESEND_INTERVAL_MS = 60 * 1000;

export const invitationSelect = {
  id: true,
  email: true,
  invitedById: true,
  expiresAt: true,
  lastSentAt: true,
  createdAt: true,
  acceptedAt: true,
  revokedAt: true,
  role: { select: { id: true, name: true } },
} as const;

type InvitationRow = Omit<Invitation, "status">;

export function invitationStatus(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "pending";
}

export function toInvitation(row: InvitationRow): Invitation {
  return { ...row, status: invitationStatus(row) };
}

/** Where the emailed link points: APP_URL (or NEXTAUTH_URL) in production, localhost in development. */
export function invitationUrl(token: string, baseUrl = process.env.APP_URL || process.env.NEXTAUTH_URL || "http://localhost:3000"): string {
  return `${baseUrl.replace(/\/+$/, "")}/invite/${token}`;
}
