"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { Loader2 } from "lucide-react";
import { FormAlert } from "@/components/account/form-alert";
import { FormField } from "@/components/account/form-field";
import { NewPasswordField } from "@/components/account/new-password-field";
import { Button } from "@/components/ui/button";
import { ResetPasswordInput } from "@/lib/accounts/schemas";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ message: string; linkDead: boolean } | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    setFailure(null);
    const parsed = ResetPasswordInput.safeParse({ token, password });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    if (password !== form.get("confirm")) {
      setErrors({ confirm: "The two passwords differ" });
      return;
    }
    setErrors({});
    setPending(true);
    const result = await resetPasswordAction(parsed.data).catch(() => null);
    setPending(false);
    if (result?.ok) return setDone(true);
    setErrors(result?.fieldErrors ?? {});
    setFailure({ message: result?.message ?? "We could not change the password right now. Try again in a moment.", linkDead: result?.code === "invalid_token" });
  }

  if (done) {
    return (
      <div className="grid gap-4">
        <FormAlert tone="success">Your password was changed and every session of the account was signed out.</FormAlert>
        <Button asChild size="lg" className="w-full">
          <Link href="/login">Sign in with the new password</Link>
        </Button>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
      <NewPasswordField id="password" error={errors.password} />
      <FormField id="confirm" name="confirm" label="Repeat the new password" type="password" autoComplete="new-password" required maxLength={128} error={errors.confirm} />
      {failure && !errors.password ? (
        <FormAlert>
          {failure.message}
          {failure.linkDead ? (
            <>
              {" "}
              <Link href="/forgot-password" className="font-medium underline underline-offset-4">
                Get a new link
              </Link>
            </>
          ) : null}
        </FormAlert>
      ) : null}
      <Button type="submit" size="lg" disabled={pending} className="w-full">
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
