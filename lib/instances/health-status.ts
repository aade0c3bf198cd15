import type { InstanceHealth } from "@/lib/generated/prisma/enums";
import type { CircuitBreakerSnapshot } from "@/lib/servicenow/client/circuit-breaker";
import { isServiceNowError } from "@/lib/servicenow/client/errors";
import { CredentialsUnavailableError } from "./credentials";
import { SLOW_RESPONSE_MS } from "./health-thresholds";

export type CheckedHealth = Exclude<InstanceHealth, "UNKNOWN">;

/** The health a failed request implies: the credentials, the instance, or only some access. */
export function healthOfFailure(error: unknown, breaker?: CircuitBreakerSnapshot | null): CheckedHealth {
  if (error instanceof CredentialsUnavailableError) return "AUTH_FAILED";
  if (!isServiceNowError(error)) return "DOWN";
  switch (error.kind) {
    case "auth":
      return "AUTH_FAILED";
    case "circuit_open":
      // Paused because of what kept failing: wrong credentials stay an auth problem.
      return breaker?.lastError?.kind === "auth" ? "AUTH_FAILED" : "DOWN";
    case "forbidden":
    case "not_found":
    case "invalid_table":
    case "rate_limited":
      // The instance answered: it is up, but this access is limited.
      return "DEGRADED";
    case "bad_request":
      // A redirect is a login page or a hibernating developer instance, not data.
      return error.status !== null && error.status >= 300 && error.status < 400 ? "DOWN" : "DEGRADED";
    default:
      return "DOWN";
  }
}

/** True when the failure says nothing about one table but about the whole connection. */
export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof CredentialsUnavailableError) return true;
  if (!isServiceNowError(error)) return true;
  return error.kind === "circuit_open" || error.countsAgainstInstance;
}

export function healthOfSuccess(latencyMs: number): CheckedHealth {
  return latencyMs > SLOW_RESPONSE_MS ? "DEGRADED" : "HEALTHY";
}

/**
 * A message that is safe to store and show. The connector's errors are built to be (secrets are
 * removed from anything the server echoes); anything else is reduced to its type.
 */
export function safeErrorMessage(error: unknown): string {
  if (error instanceof CredentialsUnavailableError) return error.message;
  if (isServiceNowError(error)) return error.message.slice(0, 1000);
  return "Unexpected error while contacting the instance";
}
