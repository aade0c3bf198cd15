"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Loader2 } from "lucide-react";
import { FormAlert } from "@/components/account/form-alert";
import { FormField } from "@/components/account/form-field";
import { NewPasswordField } from "@/components/account/new-password-field";
import { Button } from "@/components/ui/button";
import { ChangePasswordInput } from "@/lib/accounts/schemas";
import { changePasswordAction } from "../actions";

export function PasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNote(null);
    const form = new FormData(event.currentTarget);
    const parsed = ChangePasswordInput.safeParse({ currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
    if (!parsed.success) return setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
    if (parsed.data.newPassword !== form.get("confirmPassword")) return setErrors({ confirmPassword: "The two new passwords differ" });
    setErrors({});
    setPending(true);
    const result = await changePasswordAction(parsed.data).catch(() => null);
    setPending(false);
    if (result?.ok) {
      formRef.current?.reset();
      const others = result.data.sessionsRevoked;
      setNote({ tone: "success", text: `Password changed.${others ? ` ${others} other session${others === 1 ? " was" : "s were"} signed out.` : ""}` });
      router.refresh();
    } else {
      setErrors(result?.fieldErrors ?? {});
      setNote({ tone: "error", text: result?.message ?? "Could not change the password. Try again." });
    }
  }

  if (!hasPassword) {
    return (
      <p className="text-sm text-muted-foreground">
        You sign in with a provider and have no password. To set one, use &ldquo;Forgot password&rdquo; on the sign-in page.
      </p>
    );
  }

  const fieldError = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} className="grid max-w-md gap-4" noValidate>
      <FormField id="currentPassword" name="currentPassword" label="Current password" type="password" autoComplete="current-password" required maxLength={1024} error={errors.currentPassword} />
      <NewPasswordField id="newPassword" error={errors.newPassword} />
      <FormField id="confirmPassword" name="confirmPassword" label="Repeat the new password" type="password" autoComplete="new-password" required maxLength={128} error={errors.confirmPassword} />
      {note && !(note.tone === "error" && fieldError) ? <FormAlert tone={note.tone}>{note.text}</FormAlert> : null}
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        Change password
      </Button>
      <p className="text-xs text-muted-foreground">Changing it signs out your other sessions; this one stays signed in. We email you a notice.</p>
    </form>
  );
}
