import type { EmailMessage } from "@/lib/email/send-email";
import { renderEmail } from "./layout";

export function resetPasswordMessage({ to, url }: { to: string; url: string }): EmailMessage {
  const { text, html } = renderEmail({
    preheader: "A link to choose a new ComplianceIQ password. It expires in one hour.",
    heading: "Reset your password",
    paragraphs: [
      "Someone asked to reset the password of the ComplianceIQ account for this email address. Choose a new password with the link below. It works once and expires in one hour.",
      "Resetting the password signs the account out everywhere.",
    ],
    action: { label: "Choose a new password", url },
    footer: [`If you did not ask for this, ignore this email: your password stays as it is. Sent to ${to}.`],
  });
  return { to, subject: "Reset your ComplianceIQ password", text, html };
}
