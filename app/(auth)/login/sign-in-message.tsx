"use client";

import Link from "next/link";
import { LocalTime } from "@/components/account/local-time";
import type { LoginProblem } from "./login-problem";

/** What went wrong, in words a person can act on. */
export function SignInMessage({ problem }: { problem: LoginProblem }) {
  switch (problem.reason) {
    case "invalid_credentials":
      return <>Email or password is incorrect.</>;
    case "mfa_required":
      return <>Enter the code from your authenticator app, or one of your backup codes.</>;
    case "mfa_invalid":
      return <>That code is incorrect or was already used. Enter the code your app shows now, or an unused backup code.</>;
    case "account_locked":
      return (
        <>
          Too many failed sign-ins: this account is locked until <LocalTime iso={problem.until.toISOString()} timeOnly />.{" "}
          <Link href="/forgot-password" className="font-medium underline underline-offset-4">
            Reset your password
          </Link>{" "}
          to unlock it now.
        </>
      );
    case "rate_limited":
      return <>Too many sign-in attempts from your network. Wait {Math.max(1, Math.ceil(problem.retryAfterSeconds / 60))} minute(s) and try again.</>;
    case "oauth_email_unverified":
      return <>Your provider has not verified that email address, so it cannot sign in to an existing account. Verify it with the provider, or sign in with your password.</>;
    case "oauth_email_missing":
      return <>Your provider did not share an email address. Allow access to your email address, or sign in with your password.</>;
    case "oauth_failed":
      return <>Signing in with the provider did not complete. Try again, or sign in with your password.</>;
    case "session_expired":
      return <>Your sign-in took too long. Start again.</>;
    case "unavailable":
      return <>We could not sign you in right now. Check your connection and try again.</>;
  }
}
