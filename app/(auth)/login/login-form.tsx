"use client";

import { useRef, useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { ArrowLeft, Loader2 } from "lucide-react";
import { FormAlert } from "@/components/account/form-alert";
import { FormField } from "@/components/account/form-field";
import { Button } from "@/components/ui/button";
import { decodeSignInFailure } from "@/lib/auth/sign-in-failure";
import { safeCallbackPath } from "./safe-callback";
import type { LoginProblem } from "./login-problem";
import { SignInMessage } from "./sign-in-message";

/**
 * Email and password first; when the account has 2FA the answer is "code required", and the form
 * asks for the code and signs in again with all three.
 */
export function LoginForm({ callbackUrl, initialProblem }: { callbackUrl: string | null; initialProblem: LoginProblem | null }) {
  const router = useRouter();
  const [step, setStep] = useState<"password" | "code">("password");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<LoginProblem | null>(initialProblem);
  const [pending, setPending] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = step === "code" ? String(new FormData(event.currentTarget).get("code") ?? "").trim() : "";
    setPending(true);
    setProblem(null);
    try {
      const result = await signIn<"credentials">("credentials", {
        email,
        password,
        ...(code ? { code } : {}),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.push(safeCallbackPath(callbackUrl, window.location.origin));
        router.refresh();
        return;
      }
      const failure = decodeSignInFailure(result?.error);
      if (failure.reason === "mfa_required") {
        setStep("code");
        setTimeout(() => codeRef.current?.focus(), 0);
      } else {
        if (failure.reason === "account_locked" || failure.reason === "invalid_credentials") setStep("password");
        setProblem(failure);
        if (failure.reason === "mfa_invalid" && codeRef.current) {
          codeRef.current.value = "";
          codeRef.current.focus();
        }
      }
    } catch {
      setProblem({ reason: "unavailable" });
    }
    setPending(false);
  }

  const credentialsWrong = problem?.reason === "invalid_credentials";
  const codeWrong = problem?.reason === "mfa_invalid";

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-4">
      {step === "password" ? (
        <>
          <FormField
            id="email"
            name="email"
            label="Email"
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            maxLength={254}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={credentialsWrong || undefined}
          />
          <FormField
            id="password"
            name="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={1024}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={credentialsWrong || undefined}
            labelAside={
              <Link href="/forgot-password" className="text-xs text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
                Forgot password?
              </Link>
            }
          />
        </>
      ) : (
        <div className="grid gap-3">
          <p className="text-sm text-muted-foreground">
            Two-factor authentication is on for <strong className="font-medium text-foreground">{email}</strong>. Enter the 6-digit code from
            your authenticator app, or one of your backup codes.
          </p>
          <FormField
            ref={codeRef}
            id="code"
            name="code"
            label="Authentication code"
            autoComplete="one-time-code"
            inputMode="text"
            spellCheck={false}
            required
            maxLength={32}
            className="font-mono tracking-widest"
            error={codeWrong ? "Incorrect or already used code" : undefined}
          />
        </div>
      )}
      {problem ? (
        <FormAlert id="login-error">
          <SignInMessage problem={problem} />
        </FormAlert>
      ) : null}
      <Button type="submit" size="lg" disabled={pending} className="mt-1 w-full">
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        {pending ? "Signing in…" : step === "code" ? "Verify and sign in" : "Sign in"}
      </Button>
      {step === "code" ? (
        <Button
          variant="ghost"
          size="sm"
          className="justify-self-center"
          onClick={() => {
            setStep("password");
            setProblem(null);
            setPassword("");
          }}
        >
          <ArrowLeft aria-hidden />
          Use a different account
        </Button>
      ) : null}
    </form>
  );
}
