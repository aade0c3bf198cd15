/**
 * Why a sign-in was refused, as a short string that survives next-auth's error channel (the
 * credentials provider turns a thrown error's message into `?error=`). No server imports: the
 * login form decodes it to a message.
 */
export type SignInFailure =
  | { reason: "invalid_credentials" }
  | { reason: "mfa_required" }
  | { reason: "mfa_invalid" }
  | { reason: "account_locked"; until: Date }
  | { reason: "rate_limited"; retryAfterSeconds: number }
  | { reason: "unavailable" };

export function encodeSignInFailure(failure: SignInFailure): string {
  switch (failure.reason) {
    case "account_locked":
      return `account_locked:${failure.until.toISOString()}`;
    case "rate_limited":
      return `rate_limited:${failure.retryAfterSeconds}`;
    default:
      return failure.reason;
  }
}

export function decodeSignInFailure(raw: string | null | undefined): SignInFailure {
  if (!raw) return { reason: "unavailable" };
  const [reason, value = ""] = raw.split(/:(.*)/s, 2);
  switch (reason) {
    case "invalid_credentials":
    case "CredentialsSignin":
      return { reason: "invalid_credentials" };
    case "mfa_required":
    case "mfa_invalid":
      return { reason };
    case "account_locked": {
      const until = new Date(value);
      return Number.isNaN(until.getTime()) ? { reason: "unavailable" } : { reason, until };
    }
    case "rate_limited": {
      const seconds = Number.parseInt(value, 10);
      return { reason, retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 60 };
    }
    default:
      return { reason: "unavailable" };
  }
}
