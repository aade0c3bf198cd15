import { sendEmail } from "@/lib/email/send-email";
import { passwordChangedMessage } from "@/lib/email/templates/password-changed";
import { logger } from "@/lib/logger";
import type { AccountRequestMeta } from "./account-meta";
import { appUrl } from "./app-url";

/** The security notice after a password change or reset. The change stands even if sending fails. */
export async function notifyPasswordChanged(email: string, how: "changed" | "reset", meta: AccountRequestMeta): Promise<void> {
  try {
    await sendEmail(
      passwordChangedMessage({ to: email, how, when: new Date(), ip: meta.ip, resetUrl: appUrl("/forgot-password", meta.origin) }),
    );
  } catch (error) {
    logger.error("Could not send the password-changed notice", error);
  }
}
