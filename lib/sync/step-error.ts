import { NonRetriableError, RetryAfterError } from "inngest";
import { AppError } from "@/lib/errors";
import { CredentialsUnavailableError } from "@/lib/instances/credentials";
import { isServiceNowError } from "@/lib/servicenow/client/errors";

/** How long a step waits for an open circuit breaker before its next attempt (the breaker's cool-down). */
const CIRCUIT_WAIT_MS = 60_000;

/**
 * What a sync step throws for a failure, so the job runner retries what may pass later and fails
 * at once on what cannot: wrong credentials, a table the user may not read, a deleted instance.
 * Messages only: the connector's messages are free of secrets, and a cause would travel with the
 * error into job results and logs.
 */
export function stepError(error: unknown): Error {
  if (error instanceof NonRetriableError || error instanceof RetryAfterError) return error;
  if (error instanceof CredentialsUnavailableError) return new NonRetriableError(error.message);
  if (error instanceof AppError) {
    return error.code === "service_unavailable" ? new Error(error.message) : new NonRetriableError(error.message);
  }
  if (isServiceNowError(error)) {
    if (error.kind === "circuit_open") return new RetryAfterError(error.message, new Date(Date.now() + CIRCUIT_WAIT_MS));
    if (error.kind === "rate_limited" && error.retryAfterMs !== null) {
      // ServiceNow's limits are per hour: sleep through the wait instead of failing the sync.
      return new RetryAfterError(error.message, new Date(Date.now() + error.retryAfterMs));
    }
    return error.retryable ? new Error(error.message) : new NonRetriableError(error.message);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Runs a step body, translating its failure with stepError. */
export async function asStep<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw stepError(error);
  }
}
