import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const MFA_ENROLLMENT_PATH = "/account?enroll2fa=1";

/**
 * An organization that requires 2FA admits only members who have it on. Re-checked on every
 * request (the flag and the user's 2FA can change at any time); the user is read only when the
 * organization asks for it.
 */
export async function meetsMfaPolicy(userId: string, organization: { require2fa: boolean }): Promise<boolean> {
  if (!organization.require2fa) return true;
  const user = await db.user.findUnique({ where: { id: userId }, select: { mfaEnabledAt: true } });
  return Boolean(user?.mfaEnabledAt);
}

/** For REST and other non-page callers: 403 mfa_enrollment_required. */
export async function assertMfaPolicy(userId: string, organization: { require2fa: boolean }): Promise<void> {
  if (!(await meetsMfaPolicy(userId, organization))) {
    throw new AppError(
      "mfa_enrollment_required",
      "This organization requires two-factor authentication: turn it on in your account settings first",
    );
  }
}

/** For pages: send the member to their account settings, the one place they can still reach. */
export async function redirectUnlessMfaPolicy(userId: string, organization: { require2fa: boolean }): Promise<void> {
  if (!(await meetsMfaPolicy(userId, organization))) redirect(MFA_ENROLLMENT_PATH);
}
