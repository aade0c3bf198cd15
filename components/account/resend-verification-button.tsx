"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Loader2, Send } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { resendVerificationAction } from "./verify-email-actions";

/** Sends a fresh verification link and says so, or why not, next to the button. */
export function ResendVerificationButton({ size = "sm", variant = "outline" }: Pick<ButtonProps, "size" | "variant">) {
  const router = useRouter();
  const [state, setState] = useState<{ pending: boolean; note: string | null }>({ pending: false, note: null });

  async function resend() {
    setState({ pending: true, note: null });
    const result = await resendVerificationAction().catch(() => null);
    if (result?.ok && result.data.alreadyVerified) {
      router.refresh();
      return setState({ pending: false, note: "Your address is already confirmed." });
    }
    setState({
      pending: false,
      note: result?.ok ? "Sent. Check your inbox for the new link; earlier links no longer work." : (result?.message ?? "Could not send the email. Try again."),
    });
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
      <Button size={size} variant={variant} onClick={resend} disabled={state.pending}>
        {state.pending ? <Loader2 aria-hidden className="animate-spin" /> : <Send aria-hidden />}
        Send a new link
      </Button>
      <span role="status" className="text-sm">
        {state.note}
      </span>
    </span>
  );
}
