"use client";

import { useState, type FormEvent } from "react";
import { Loader2 } from "lucide-react";
import { FormAlert } from "@/components/account/form-alert";
import { FormField } from "@/components/account/form-field";
import { Button } from "@/components/ui/button";
import { ForgotPasswordInput } from "@/lib/accounts/schemas";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm() {
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = ForgotPasswordInput.safeParse(values);
    setFailure(null);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    setPending(true);
    const result = await forgotPasswordAction(parsed.data).catch(() => null);
    setPending(false);
    if (result?.ok) setSent(result.data.message);
    else {
      setError(result?.fieldErrors.email);
      setFailure(result?.message ?? "We could not send the email right now. Try again in a moment.");
    }
  }

  if (sent) return <FormAlert tone="success">{sent} Check your inbox, and your spam folder.</FormAlert>;

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormField id="email" name="email" label="Email" type="email" autoComplete="email" inputMode="email" required maxLength={254} error={error} />
      {failure && !error ? <FormAlert>{failure}</FormAlert> : null}
      <Button type="submit" size="lg" disabled={pending} className="w-full">
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        {pending ? "Sending…" : "Email me a reset link"}
      </Button>
    </form>
  );
}
