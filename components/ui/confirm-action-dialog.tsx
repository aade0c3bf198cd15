"use client";

import { useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Loader2 } from "lucide-react";
import { Button } from "./button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "./dialog";
import { useToast } from "./toast";

/**
 * A button that asks before an action that cannot be undone (revoke, delete), shows the server's
 * refusal in the dialog, and on success closes, toasts and refreshes (or moves to `successHref`,
 * when what the page showed is gone).
 */
export function ConfirmActionDialog({
  trigger,
  title,
  description,
  confirmLabel,
  confirmIcon,
  confirm,
  successMessage,
  successHref,
}: {
  /** The button that opens the dialog. */
  trigger: ReactNode;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  confirmIcon?: ReactNode;
  confirm: () => Promise<{ ok: true } | { ok: false; message: string }>;
  successMessage: string;
  successHref?: string;
}) {
  const router = useRouter();
  const { toast } = useToast();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onConfirm() {
    setError(null);
    startTransition(async () => {
      const result = await confirm();
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      toast({ title: successMessage, variant: "success" });
      if (successHref) router.push(successHref);
      router.refresh();
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        // Closing mid-request would hide its outcome; a stale refusal must not greet the next opening.
        if (pending) return;
        setOpen(next);
        if (!next) setError(null);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {error ? (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        ) : null}
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)} disabled={pending}>
            Cancel
          </Button>
          <Button variant="destructive" onClick={onConfirm} disabled={pending}>
            {pending ? <Loader2 aria-hidden className="animate-spin" /> : confirmIcon}
            {confirmLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
