"use client";

import { useTransition } from "react";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * Runs a server action in a transition and reports the outcome as a toast: the success message,
 * or the use case's own reason for refusing (last admin, missing permission, ...).
 */
export function useAction() {
  const [pending, startTransition] = useTransition();
  const { toast } = useToast();
  function run<T>(action: () => Promise<ActionResult<T>>, success?: string | ((data: T) => string), onDone?: (result: ActionResult<T>) => void) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        if (success) toast({ title: typeof success === "string" ? success : success(result.data), variant: "success" });
      } else {
        toast({ title: "Not done", description: result.message, variant: "destructive" });
      }
      onDone?.(result);
    });
  }
  return { pending, run };
}
