"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { getCsrfToken, signOut } from "next-auth/react";
import { Loader2 } from "lucide-react";
import { FormAlert } from "@/components/account/form-alert";
import { FormField } from "@/components/account/form-field";
import { Button } from "@/components/ui/button";
import { decodeSignInFailure } from "@/lib/auth/sign-in-failure";
import { safeCallbackPath } from "./safe-callback";
import type { LoginProblem } from "./login-problem";
import { SignInMessage } from "./sign-in-message";

interface UpdatedSession {
  user?: { id?: string; mfaPending?: boolean };
  signInError?: string;
}

/**
 * After a provider sign-in of an account with 2FA: the code goes to next-auth's session update,
 * whose jwt callback checks it and only then starts the session.
 */
export function OAuthSecondStep({ callbackUrl }: { callbackUrl: string | null }) {
  const router = useRouter();
  const [problem, setProblem] = useState<LoginProblem | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "").trim();
    setPending(true);
    setProblem(null);
    try {
      const response = await fetch("/api/auth/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ csrfToken: await getCsrfToken(), data: { code } }),
      });
      const session = (await response.json()) as UpdatedSession;
      if (response.ok && session.user && !session.user.mfaPending && !session.signInError) {
        router.push(safeCallbackPath(callbackUrl, window.location.origin));
        router.refresh();
        return;
      }
      if (!session.user?.id) setProblem({ reason: "session_expired" });
      else setProblem(decodeSignInFailure(session.signInError));
    } catch {
      setProblem({ reason: "unavailable" });
    }
    setPending(false);
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        Your provider signed you in. Two-factor authentication is on for this account: enter the 6-digit code from your authenticator
        app, or one of your backup codes.
      </p>
      <FormField
        id="code"
        name="code"
        label="Authentication code"
        autoComplete="one-time-code"
        spellCheck={false}
        required
        autoFocus
        maxLength={32}
        className="font-mono tracking-widest"
        error={problem?.reason === "mfa_invalid" ? "Incorrect or already used code" : undefined}
      />
      {problem ? (
        <FormAlert>
          <SignInMessage problem={problem} />
        </FormAlert>
      ) : null}
      <Button type="submit" size="lg" disabled={pending} className="w-full">
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        {pending ? "Checking…" : "Verify and sign in"}
      </Button>
      <Button variant="ghost" size="sm" className="justify-self-center" onClick={() => void signOut({ callbackUrl: "/login" })}>
        Cancel and start again
      </Button>
    </form>
  );
}
