import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy/limits";

export const InvitationEmail = z
  .email("Enter a valid email address")
  .max(254, "At most 254 characters")
  .transform((email) => email.toLowerCase());

export const InviteInput = z
  .object({
    email: InvitationEmail,
    roleId: z.uuid("Choose a role"),
  })
  .strict();
export type InviteInput = z.input<typeof InviteInput>;

export const InvitationStatusSchema = z.enum(["pending", "expired", "accepted", "revoked"]);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

export const InvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.object({ id: z.uuid(), name: z.string() }),
    status: InvitationStatusSchema,
    invitedById: z.uuid().nullable(),
    expiresAt: z.date(),
    lastSentAt: z.date(),
    createdAt: z.date(),
    acceptedAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
  })
  .meta({ id: "Invitation" });
export type Invitation = z.infer<typeof InvitationSchema>;

export const InvitationSent = InvitationSchema.extend({
  emailSent: z.boolean().describe("False when the email could not be sent; resend it later"),
}).meta({ id: "InvitationSent" });
export type InvitationSent = z.infer<typeof InvitationSent>;

export const InvitationIdParams = z.object({ orgId: z.uuid(), invitationId: z.uuid() });

export const InvitationListQuery = z.object({
  status: z.enum(["pending", "all"]).default("pending").describe("Pending (the default, expired ones included) or every invitation"),
});

/** Invitation links carry 256-bit base64url tokens; anything else cannot be one. */
export const InvitationToken = z.string().min(20).max(128).regex(/^[A-Za-z0-9_-]+$/);

// Length bounds here; the use case applies registration's full policy (lib/auth/password-policy).
export const NewAccountInput = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(100, "At most 100 characters"),
    password: z.string().min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`).max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`),
  })
  .strict();
export type NewAccountInput = z.infer<typeof NewAccountInput>;
