import type { EmailMessage } from "@/lib/email/send-email";
import { renderEmail } from "./layout";

export function verifyEmailMessage({ to, name, url }: { to: string; name: string | null; url: string }): EmailMessage {
  const { text, html } = renderEmail({
    preheader: "Confirm your email address to finish setting up ComplianceIQ.",
    heading: "Confirm your email address",
    paragraphs: [
      name ? `Hi ${name},` : "Hi,",
      "Confirm that this is your email address to invite teammates, connect ServiceNow instances and manage billing. The link works once and expires in 24 hours.",
    ],
    action: { label: "Confirm email address", url },
    footer: [`This email was sent to ${to} because it was used to create a ComplianceIQ account. If that was not you, ignore it.`],
  });
  return { to, subject: "Confirm your email address", text, html };
}
