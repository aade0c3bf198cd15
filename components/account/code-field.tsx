"use client";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** The one-time code input, with its error announced and tied to the field. */
export function CodeField({
  id,
  label,
  error,
  allowBackupCode = false,
  autoFocus = false,
}: {
  id: string;
  label: string;
  error?: string;
  allowBackupCode?: boolean;
  autoFocus?: boolean;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name="code"
        required
        autoFocus={autoFocus}
        autoComplete="one-time-code"
        inputMode={allowBackupCode ? "text" : "numeric"}
        pattern={allowBackupCode ? undefined : "[0-9 ]{6,7}"}
        maxLength={allowBackupCode ? 32 : 7}
        spellCheck={false}
        className="max-w-48 font-mono tracking-widest"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      />
      <p id={hintId} className="text-xs text-muted-foreground">
        {allowBackupCode ? "The 6-digit code from your authenticator app, or one of your backup codes." : "The 6-digit code your authenticator app shows now."}
      </p>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
