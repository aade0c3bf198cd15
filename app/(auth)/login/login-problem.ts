import { type SignInFailure, decodeSignInFailure } from "@/lib/auth/sign-in-failure";

export type LoginProblem = SignInFailure | { reason: "oauth_email_unverified" | "oauth_email_missing" | "oauth_failed" | "session_expired" };

// next-auth's own error codes for a provider round trip that did not complete.
const OAUTH_ERRORS = new Set(["OAuthSignin", "OAuthCallback", "OAuthCreateAccount", "Callback", "OAuthAccountNotLinked", "AccessDenied", "Configuration"]);

/** The `?error=` that next-auth or our OAuth sign-in put on the login URL. */
export function problemFromQuery(error: string | null): LoginProblem | null {
  if (!error) return null;
  if (error === "oauth_email_unverified" || error === "oauth_email_missing") return { reason: error };
  if (OAUTH_ERRORS.has(error)) return { reason: "oauth_failed" };
  return decodeSignInFailure(error);
}
