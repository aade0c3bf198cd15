"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Loader2 } from "lucide-react";
import { FormAlert } from "@/components/account/form-alert";
import { FormField } from "@/components/account/form-field";
import { Button } from "@/components/ui/button";
import { UpdateProfileInput } from "@/lib/accounts/schemas";
import { updateProfileAction } from "../actions";

export function ProfileForm({ name }: { name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [note, setNote] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNote(null);
    const parsed = UpdateProfileInput.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    setPending(true);
    const result = await updateProfileAction(parsed.data).catch(() => null);
    setPending(false);
    if (result?.ok) {
      setNote({ tone: "success", text: "Saved." });
      router.refresh();
    } else {
      setError(result?.fieldErrors.name);
      setNote({ tone: "error", text: result?.message ?? "Could not save. Try again." });
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid max-w-md gap-4" noValidate>
      <FormField id="profile-name" name="name" label="Name" defaultValue={name} autoComplete="name" required maxLength={100} error={error} />
      {note && !(note.tone === "error" && error) ? <FormAlert tone={note.tone}>{note.text}</FormAlert> : null}
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        Save name
      </Button>
    </form>
  );
}
