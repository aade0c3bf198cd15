import { z } from "zod";
import { MfaCode } from "@/lib/auth/mfa/schemas";

export const TokenLoginInput = z.strictObject({
  email: z.email().max(254).describe("The account's email address"),
  password: z.string().min(1).max(1024),
  code: MfaCode.optional().describe("Required when the account has 2FA on: a TOTP code or a backup code"),
});
export type TokenLoginInput = z.infer<typeof TokenLoginInput>;

const RefreshTokenString = z.string().min(1).max(512).describe("The refresh token of the last token response");

export const RefreshInput = z.strictObject({ refreshToken: RefreshTokenString });

/** Logout takes the refresh token, or no body with the access token in the Authorization header. */
export const LogoutInput = z.strictObject({ refreshToken: RefreshTokenString.optional() }).optional();

export const TokenPairSchema = z
  .object({
    accessToken: z.string().describe("Send as Authorization: Bearer <accessToken>; valid 15 minutes"),
    accessTokenExpiresAt: z.iso.datetime(),
    refreshToken: z.string().describe("Single use: exchange it at /auth/refresh for a new pair; valid 7 days"),
    refreshTokenExpiresAt: z.iso.datetime(),
    tokenType: z.literal("Bearer"),
  })
  .meta({ id: "TokenPair" });
export type TokenPair = z.infer<typeof TokenPairSchema>;
