import { z } from "zod";

/** A 6-digit code from the authenticator app, or a backup code (xxxx-xxxx) where one is accepted. */
export const MfaCode = z
  .string()
  .trim()
  .min(6, "Enter the 6-digit code from your authenticator app")
  .max(32, "That is longer than any code")
  .describe("A current 6-digit TOTP code, or an unused backup code (xxxx-xxxx) where accepted");

export const MfaCodeInput = z.strictObject({ code: MfaCode });
export type MfaCodeInput = z.infer<typeof MfaCodeInput>;

/** Starting an enrollment takes no input: any field sent is a mistake worth a 400. */
export const NoBody = z.strictObject({}).optional();

export const MfaEnrollmentSchema = z
  .object({
    secret: z.string().describe("The base32 secret, for typing into an authenticator app by hand"),
    otpauthUri: z.string().describe("The otpauth:// URI the QR code encodes"),
    qrCodeDataUrl: z.string().describe("A PNG of the QR code as a data: URL"),
  })
  .meta({ id: "MfaEnrollment" });
export type MfaEnrollment = z.infer<typeof MfaEnrollmentSchema>;

export const BackupCodesSchema = z
  .object({
    backupCodes: z.array(z.string()).describe("Ten single-use codes, shown only in this response: store them safely"),
  })
  .meta({ id: "MfaBackupCodes" });
export type BackupCodes = z.infer<typeof BackupCodesSchema>;

export const MfaStatusSchema = z.object({
  enabled: z.boolean(),
  enabledAt: z.iso.datetime().nullable(),
  backupCodesRemaining: z.number().int(),
});
export type MfaStatus = z.infer<typeof MfaStatusSchema>;
