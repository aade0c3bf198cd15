import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy/limits";

// The common-password and email checks run in the use cases (the list stays on the server);
// length is checked here too so forms show it before a round trip.
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Use at most 254 characters")
  .pipe(z.email("Enter a valid email address"))
  .describe("An email address; compared case-insensitively");

export const NewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`)
  .describe(`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, not a common password and not containing the email address`);

const PersonName = z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters");
// Any token we issue is 43 base64url characters; bounded so junk is a 400 before a lookup.
const LinkToken = z.string().trim().min(16, "The link is incomplete").max(256, "The link is not valid");

export const RegisterInput = z
  .object({
    email: Email,
    password: NewPassword,
    name: PersonName,
    organizationName: z.string().trim().min(1, "Name your organization").max(100, "Use at most 100 characters"),
  })
  .strict()
  .meta({ id: "RegisterInput" });
export type RegisterInput = z.infer<typeof RegisterInput>;

export const ForgotPasswordInput = z.object({ email: Email }).strict().meta({ id: "ForgotPasswordInput" });
export type ForgotPasswordInput = z.infer<typeof ForgotPasswordInput>;

export const ResetPasswordInput = z
  .object({ token: LinkToken, password: NewPassword })
  .strict()
  .meta({ id: "ResetPasswordInput" });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

export const VerifyEmailInput = z.object({ token: LinkToken }).strict().meta({ id: "VerifyEmailInput" });
export type VerifyEmailInput = z.infer<typeof VerifyEmailInput>;

export const UpdateProfileInput = z.object({ name: PersonName }).strict().meta({ id: "UpdateProfileInput" });
export type UpdateProfileInput = z.infer<typeof UpdateProfileInput>;

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(1024),
    newPassword: NewPassword,
  })
  .strict();
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

const OrganizationSummary = z.object({ id: z.uuid(), name: z.string(), slug: z.string() });

export const RegisteredSchema = z
  .object({
    user: z.object({ id: z.uuid(), email: z.string(), name: z.string().nullable(), emailVerified: z.boolean() }),
    organization: OrganizationSummary,
  })
  .meta({ id: "Registration" });
export type Registered = z.infer<typeof RegisteredSchema>;

export const AcceptedSchema = z.object({ message: z.string() }).meta({ id: "Accepted" });

export const EmailVerifiedSchema = z
  .object({ email: z.string(), emailVerified: z.literal(true) })
  .meta({ id: "EmailVerified" });

export const PasswordResetSchema = z
  .object({ message: z.string(), sessionsRevoked: z.number().int() })
  .meta({ id: "PasswordReset" });

export const MeSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string().nullable(),
    emailVerified: z.boolean(),
    mfaEnabled: z.boolean(),
    createdAt: z.date(),
    organizations: z.array(OrganizationSummary.extend({ roles: z.array(z.string()) })),
  })
  .meta({ id: "Me" });
export type Me = z.infer<typeof MeSchema>;
