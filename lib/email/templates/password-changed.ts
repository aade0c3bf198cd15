import type { EmailMessage } from "@/lib/email/send-email";
import { renderEmail } from "./layout";

export function passwordChangedMessage({
  to,
  how,
  when,
  ip,
  resetUrl,
}: {
  to: string;
  how: "changed" | "reset";
  when: Date;
  ip?: string;
  resetUrl: string;
}): EmailMessage {
  const where = ip ? ` from the address ${ip}` : "";
  const { text, html } = renderEmail({
    preheader: "Your ComplianceIQ password was changed.",
    heading: "Your password was changed",
    paragraphs: [
      `The password of your ComplianceIQ account was ${how === "reset" ? "reset with an emailed link" : "changed in account settings"} on ${when.toUTCString()}${where}.`,
      how === "reset" ? "Every session of the account was signed out." : "Your other sessions were signed out.",
      "If this was you, there is nothing to do. If it was not, reset your password now and tell your organization's administrator.",
    ],
    action: { label: "Reset password", url: resetUrl },
    footer: [`This security notice was sent to ${to} and cannot be turned off.`],
  });
  return { to, subject: "Your ComplianceIQ password was changed", text, html };
}
