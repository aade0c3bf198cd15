/** Escapes a value for HTML text and double-quoted attributes. Every interpolated value goes through it. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

export interface EmailContent {
  /** Shown by mail clients after the subject. */
  preheader: string;
  heading: string;
  /** Plain sentences; escaped. */
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print under the button: why the email was sent, what to do if unexpected. */
  footer: string[];
}

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

/**
 * One clean, inline-styled HTML layout (mail clients ignore style sheets) and the matching plain
 * text. Links are only ever http(s) URLs built by us; they are escaped like everything else.
 */
export function renderEmail(content: EmailContent): { text: string; html: string } {
  const { preheader, heading, paragraphs, action, footer } = content;
  const text = [
    heading,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    ...(action ? [`${action.label}: ${action.url}`, ""] : []),
    "--",
    ...footer,
    "ComplianceIQ",
  ].join("\n");

  const p = (body: string) => `<p style="margin:0 0 16px;font-size:15px;line-height:24px;color:#27272a">${escapeHtml(body)}</p>`;
  const button = action
    ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 24px"><tr><td style="border-radius:6px;background:#18181b">` +
      `<a href="${escapeHtml(action.url)}" style="display:inline-block;padding:12px 20px;font-family:${FONT};font-size:15px;font-weight:600;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(action.label)}</a>` +
      `</td></tr></table>` +
      `<p style="margin:0 0 16px;font-size:13px;line-height:20px;color:#52525b">If the button does not work, copy this link into your browser:<br>` +
      `<a href="${escapeHtml(action.url)}" style="color:#2563eb;word-break:break-all">${escapeHtml(action.url)}</a></p>`
    : "";
  const small = footer.map((line) => `<p style="margin:0 0 8px;font-size:12px;line-height:18px;color:#71717a">${escapeHtml(line)}</p>`).join("");

  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(heading)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5">
<div style="display:none;max-height:0;overflow:hidden;opacity:0">${escapeHtml(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f5;padding:32px 12px"><tr><td align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border:1px solid #e4e4e7;border-radius:12px;font-family:${FONT}">
<tr><td style="padding:28px 32px 8px;font-size:16px;font-weight:700;color:#18181b">ComplianceIQ</td></tr>
<tr><td style="padding:8px 32px 8px">
<h1 style="margin:0 0 16px;font-size:20px;line-height:28px;color:#18181b">${escapeHtml(heading)}</h1>
${paragraphs.map(p).join("\n")}
${button}
</td></tr>
<tr><td style="padding:16px 32px 24px;border-top:1px solid #e4e4e7">${small}</td></tr>
</table>
</td></tr></table>
</body></html>`;
  return { text, html };
}
