"use client";

import type { FormEvent } from "react";
import { Loader2 } from "lucide-react";
import { FormAlert } from "@/components/account/form-alert";
import { FormField } from "@/components/account/form-field";
import { NewPasswordField } from "@/components/account/new-password-field";
import { useCreateAccount } from "@/components/account/use-create-account";
import { Button } from "@/components/ui/button";
import { RegisterInput } from "@/lib/accounts/schemas";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy/limits";
import { registerAction } from "./actions";

type Fields = Record<"name" | "email" | "password" | "organizationName", string>;

/** Creates the account and its organization, signs in with the same credentials and opens the organization. */
export function RegisterForm() {
  const { errors, setErrors, setMessage, alert, pending, createAndSignIn } = useCreateAccount(() => "/login");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget)) as Fields;
    const parsed = RegisterInput.safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      setMessage(null);
      return;
    }
    await createAndSignIn(
      () => registerAction(values),
      () => ({ email: parsed.data.email, password: values.password }),
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormField id="name" name="name" label="Your name" autoComplete="name" required maxLength={100} error={errors.name} />
      <FormField id="email" name="email" label="Work email" type="email" autoComplete="email" inputMode="email" required maxLength={254} error={errors.email} />
      <NewPasswordField
        id="password"
        label="Password"
        error={errors.password}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong, memorable password; common passwords are refused.`}
      />
      <FormField
        id="organizationName"
        name="organizationName"
        label="Organization name"
        autoComplete="organization"
        required
        maxLength={100}
        error={errors.organizationName}
        hint="You become its administrator and can invite your team."
      />
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      <Button type="submit" size="lg" disabled={pending} className="mt-1 w-full">
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
