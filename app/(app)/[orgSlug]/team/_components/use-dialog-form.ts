"use client";

import { useState, useTransition } from "react";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * Submits a create/edit dialog (roles, teams): a refusal stays in the dialog with its field errors,
 * success toasts and closes it.
 */
export function useDialogForm(onClose: () => void) {
  const { toast } = useToast();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit<T>(action: () => Promise<ActionResult<T>>, success: string) {
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setMessage(result.message);
        return;
      }
      toast({ title: success, variant: "success" });
      onClose();
    });
  }

  return { errors, message, pending, submit };
}
