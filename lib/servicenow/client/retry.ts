import type { Clock } from "./clock";
import { isServiceNowError, type ServiceNowError } from "./errors";

export interface RetryPolicy {
  /** Retries after the first attempt; 0 disables retrying. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * The longest Retry-After we sleep through inside one request. ServiceNow's rate limits are
   * per hour, so a 429 can ask for many minutes: longer waits fail at once with `retryAfterMs`
   * set, and the durable job sleeps instead of holding a worker.
   */
  maxRetryAfterMs: number;
}

/** Told before each wait, so a job can log or show "rate limited, retrying in 7 s". */
export type RetryListener = (event: { attempt: number; delayMs: number; error: ServiceNowError }) => void;

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
};

/** "Full jitter" (AWS architecture blog): uniform in [0, min(cap, base * 2^retry)). */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === "") return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Date.parse also accepts bare numbers such as "-5" as years; an HTTP date always has a day name.
  if (!/[a-z]/i.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/**
 * Runs `attempt` until it succeeds, throws something that is not worth retrying, or the policy
 * is exhausted. Only ServiceNowErrors marked retryable are retried; anything else (a caller's
 * abort, a bug) propagates untouched.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  options: { policy: RetryPolicy; clock: Clock; signal?: AbortSignal; onRetry?: RetryListener },
): Promise<T> {
  const { policy, clock, signal, onRetry } = options;
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isServiceNowError(error)) throw error;
      const attempts = retry + 1;
      const waitTooLong = error.retryAfterMs !== null && error.retryAfterMs > policy.maxRetryAfterMs;
      if (!error.retryable || retry >= policy.maxRetries || waitTooLong) {
        throw error.withAttempts(attempts);
      }
      const delayMs = error.retryAfterMs ?? backoffDelay(retry, policy, () => clock.random());
      onRetry?.({ attempt: attempts, delayMs, error });
      await clock.sleep(delayMs, signal);
    }
  }
}
