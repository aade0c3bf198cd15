import type { EmailMessage } from "@/lib/email/send-email";

export interface InvitationEmailInput {
  to: string;
  organizationName: string;
  roleName: string;
  /** Who sent it: a person's name or email, or null for an API key. */
  inviterName: string | null;
  url: string;
  expiresAt: Date;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Every value that reaches the HTML part goes through this: organization names are user input. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("en", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(date) + " UTC";
}

/** The invitation email: a plain-text part and a simple, escaped HTML part with the same content. */
export function invitationEmail(input: InvitationEmailInput): EmailMessage {
  const who = input.inviterName ?? `An administrator of ${input.organizationName}`;
  const subject = `You are invited to join ${input.organizationName} on ComplianceIQ`;
  const expires = formatDate(input.expiresAt);
  const text = [
    `${who} invited you to join ${input.organizationName} on ComplianceIQ as ${input.roleName}.`,
    "",
    "Accept the invitation:",
    input.url,
    "",
    `The link works once and expires on ${expires}.`,
    "If you did not expect this invitation, ignore this email: nothing happens unless you open the link.",
  ].join("\n");
  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="en">
<body style="margin:0;padding:24px;background:#f6f7f9;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#111827">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:520px;margin:0 auto;background:#ffffff;border:1px solid #e5e7eb;border-radius:12px">
<tr><td style="padding:28px">
<p style="margin:0 0 8px;font-size:13px;color:#6b7280">ComplianceIQ</p>
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3">Join ${e(input.organizationName)}</h1>
<p style="margin:0 0 20px;font-size:15px;line-height:1.5">${e(who)} invited you to join <strong>${e(input.organizationName)}</strong> as <strong>${e(input.roleName)}</strong>.</p>
<p style="margin:0 0 24px"><a href="${e(input.url)}" style="display:inline-block;background:#2563eb;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:8px;font-weight:600;font-size:14px">Accept invitation</a></p>
<p style="margin:0 0 8px;font-size:13px;color:#6b7280">Or paste this link into your browser:<br><span style="word-break:break-all">${e(input.url)}</span></p>
<p style="margin:16px 0 0;font-size:13px;color:#6b7280">The link works once and expires on ${e(expires)}. If you did not expect this invitation, ignore this email.</p>
</td></tr>
</table>
</body>
</html>`;
  return { to: input.to, subject, text, html };
}
