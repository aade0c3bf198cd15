"use client";

import type { FormEvent } from "react";
import { Loader2 } from "lucide-react";
import { FormAlert } from "@/components/account/form-alert";
import { FormField } from "@/components/account/form-field";
import { NewPasswordField } from "@/components/account/new-password-field";
import { useCreateAccount } from "@/components/account/use-create-account";
import { Button } from "@/components/ui/button";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy/limits";
import { acceptInvitationAsNewUserAction } from "./actions";

/** Creates the account with the invited email (shown, not editable), joins, then signs in. */
export function NewAccountForm({ token, email }: { token: string; email: string }) {
  const { errors, alert, pending, createAndSignIn } = useCreateAccount((slug) => `/login?callbackUrl=${encodeURIComponent(`/${slug}`)}`);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    await createAndSignIn(
      () => acceptInvitationAsNewUserAction(token, { name: String(form.get("name") ?? ""), password }),
      (joined) => ({ email: joined.email, password }),
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormField id="invite-email" name="email" label="Email" type="email" value={email} readOnly aria-readonly hint="The invitation is for this address." />
      <FormField id="invite-name" name="name" label="Your name" autoComplete="name" required maxLength={100} error={errors.name} />
      <NewPasswordField
        id="invite-password"
        name="password"
        label="Password"
        error={errors.password}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters; common passwords are refused.`}
      />
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      <Button type="submit" size="lg" disabled={pending} className="mt-1 w-full">
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        {pending ? "Creating your account…" : "Create account and join"}
      </Button>
    </form>
  );
}
