"use client";

import { useState, type FormEvent } from "react";
import { Check, Copy, Loader2 } from "lucide-react";
import type { MfaEnrollment } from "@/lib/auth/mfa/schemas";
import { Button } from "@/components/ui/button";
import { CodeField } from "./code-field";
import { confirmTwoFactorAction } from "./two-factor-actions";

/** Step two of setting up 2FA: scan (or type) the secret, then prove it with a code. */
export function TwoFactorEnrollment({
  enrollment,
  onConfirmed,
  onCancel,
}: {
  enrollment: MfaEnrollment;
  onConfirmed: (backupCodes: string[]) => void;
  onCancel: () => void;
}) {
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const [copied, setCopied] = useState(false);
  // Groups of four are easier to type into an app by hand.
  const groupedSecret = enrollment.secret.match(/.{1,4}/g)?.join(" ") ?? enrollment.secret;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "").replace(/\s/g, "");
    setPending(true);
    setError(undefined);
    const result = await confirmTwoFactorAction({ code });
    setPending(false);
    if (result.ok) onConfirmed(result.data.backupCodes);
    else setError(result.fieldErrors.code ?? result.message);
  }

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(enrollment.secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="grid gap-6 md:grid-cols-[auto_1fr]">
      <div className="grid justify-items-center gap-2">
        {/* White behind the code in both themes: scanners need the contrast. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL, nothing to optimise */}
        <img
          src={enrollment.qrCodeDataUrl}
          alt="QR code to scan with your authenticator app"
          width={224}
          height={224}
          className="rounded-lg border bg-white p-2"
        />
      </div>
      <div className="grid content-start gap-4">
        <ol className="grid list-decimal gap-1 pl-5 text-sm text-muted-foreground">
          <li>Open an authenticator app (1Password, Google Authenticator, Authy, …).</li>
          <li>Scan the QR code, or enter the key below by hand.</li>
          <li>Type the 6-digit code the app shows.</li>
        </ol>
        <div className="grid gap-1.5">
          <span id="mfa-secret-label" className="text-sm font-medium">
            Setup key
          </span>
          <div className="flex flex-wrap items-center gap-2">
            <code aria-labelledby="mfa-secret-label" className="rounded-md bg-muted px-2 py-1 font-mono text-sm break-all">
              {groupedSecret}
            </code>
            <Button variant="ghost" size="sm" onClick={() => void copySecret()} aria-label="Copy the setup key">
              {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </div>
        <form method="post" onSubmit={onSubmit} className="grid gap-4">
          <CodeField id="mfa-confirm-code" label="Code from your app" error={error} autoFocus />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending}>
              {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
              Turn on two-factor authentication
            </Button>
            <Button variant="ghost" onClick={onCancel} disabled={pending}>
              Cancel
            </Button>
          </div>
        </form>
      </div>
    </div>
  );
}
