"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { Loader2 } from "lucide-react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/actions/action-result";
import { CodeField } from "./code-field";

/** A change to 2FA itself (new backup codes, turning it off) asks for a current code first. */
export function TwoFactorCodeDialog<T>({
  trigger,
  title,
  description,
  submitLabel,
  submitVariant = "default",
  action,
  onDone,
}: {
  trigger: ReactNode;
  title: string;
  description: string;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  action: (input: { code: string }) => Promise<ActionResult<T>>;
  onDone: (data: T) => void;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "").trim();
    setPending(true);
    setError(undefined);
    const result = await action({ code });
    setPending(false);
    if (!result.ok) {
      setError(result.fieldErrors.code ?? result.message);
      return;
    }
    setOpen(false);
    onDone(result.data);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(undefined);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <form method="post" onSubmit={onSubmit} className="grid gap-5">
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          <CodeField id={`mfa-code-${submitLabel.replace(/\W+/g, "-").toLowerCase()}`} label="Current code" error={error} allowBackupCode autoFocus />
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" variant={submitVariant} disabled={pending}>
              {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
              {submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
