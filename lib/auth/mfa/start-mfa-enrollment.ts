import QRCode from "qrcode";
import type { UserCaller } from "@/lib/auth/tokens/user-caller";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MfaEnrollment } from "./schemas";
import { newTotpSecret, otpauthUri, sealTotpState } from "./totp";

/**
 * Step one of enabling 2FA: a new secret, stored sealed but not yet in force (mfaEnabledAt stays
 * null until a code confirms the app has it). Starting again replaces an unconfirmed secret.
 * Not audited: nothing about how the account signs in has changed yet.
 */
export async function startMfaEnrollment(caller: UserCaller): Promise<MfaEnrollment> {
  const user = await db.user.findUnique({ where: { id: caller.userId }, select: { email: true, mfaEnabledAt: true } });
  if (!user) throw new AppError("unauthenticated", "Sign in again");
  if (user.mfaEnabledAt) alreadyEnabled();
  const secret = newTotpSecret();
  const { count } = await db.user.updateMany({
    where: { id: caller.userId, mfaEnabledAt: null },
    data: { mfaSecretEnc: sealTotpState(caller.userId, { secret }) },
  });
  if (count !== 1) alreadyEnabled();
  const uri = otpauthUri(user.email, secret);
  const qrCodeDataUrl = await QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 1, width: 224 });
  return { secret, otpauthUri: uri, qrCodeDataUrl };
}

function alreadyEnabled(): never {
  throw new AppError("conflict", "Two-factor authentication is already on; turn it off first to set up another device");
}
