import { AppError } from "@/lib/errors";
import type { SignInFailure } from "./sign-in-failure";

/**
 * A refused sign-in. An AppError, so REST answers it as problem+json (401, 423 or 429); `failure`
 * lets the browser sign-in tell the user what to do. A missing or wrong second factor is reported
 * on the `code` field, which is how API clients recognise the two-step sign-in.
 */
export class SignInError extends AppError {
  readonly failure: SignInFailure;

  constructor(failure: SignInFailure) {
    super(...appErrorArgs(failure));
    this.name = "SignInError";
    this.failure = failure;
  }
}

function appErrorArgs(failure: SignInFailure): ConstructorParameters<typeof AppError> {
  switch (failure.reason) {
    case "invalid_credentials":
      return ["unauthenticated", "Email or password is incorrect"];
    case "mfa_required":
      return [
        "unauthenticated",
        "Two-factor authentication is enabled: send the code from your authenticator app or a backup code",
        { errors: [{ path: "code", message: "Required: a 6-digit authenticator code or a backup code" }] },
      ];
    case "mfa_invalid":
      return [
        "unauthenticated",
        "The two-factor code is incorrect or was already used",
        { errors: [{ path: "code", message: "Incorrect or already used code" }] },
      ];
    case "account_locked": {
      const seconds = Math.max(1, Math.ceil((failure.until.getTime() - Date.now()) / 1000));
      return [
        "account_locked",
        `Too many failed sign-ins: the account is locked until ${failure.until.toISOString()}`,
        { headers: { "Retry-After": String(seconds) } },
      ];
    }
    case "rate_limited":
      return [
        "rate_limited",
        `Too many sign-in attempts from this address; retry in ${failure.retryAfterSeconds} seconds`,
        { headers: { "Retry-After": String(failure.retryAfterSeconds) } },
      ];
    case "unavailable":
      return ["service_unavailable", "Sign-in is unavailable right now"];
  }
}
