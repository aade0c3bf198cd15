import { ServiceNowError, isServiceNowError } from "./errors";

export type CircuitState = "closed" | "open" | "half_open";

export interface CircuitBreakerOptions {
  /** Consecutive failed requests (each after its retries) that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one trial request is let through. */
  cooldownMs: number;
}

export const defaultCircuitBreakerOptions: CircuitBreakerOptions = {
  failureThreshold: 5,
  cooldownMs: 60_000,
};

export interface CircuitBreakerSnapshot {
  state: CircuitState;
  consecutiveFailures: number;
  openedAt: Date | null;
  lastError: { kind: string; status: number | null; message: string; at: Date } | null;
}

/**
 * Stops hammering an instance that keeps failing (down, hibernating, rejecting our credentials,
 * which could also lock the integration user out). Only failures that say the instance is
 * unhealthy count; a 403 or 404 proves it answers and counts as a success.
 */
export class CircuitBreaker {
  private state: CircuitState = "closed";
  private consecutiveFailures = 0;
  private openedAt: number | null = null;
  private lastError: CircuitBreakerSnapshot["lastError"] = null;
  private trialInFlight = false;

  constructor(readonly options: CircuitBreakerOptions = defaultCircuitBreakerOptions) {}

  snapshot(): CircuitBreakerSnapshot {
    return {
      state: this.state,
      consecutiveFailures: this.consecutiveFailures,
      openedAt: this.openedAt === null ? null : new Date(this.openedAt),
      lastError: this.lastError,
    };
  }

  /** Runs one logical request (with its retries) through the breaker. */
  async execute<T>(request: () => Promise<T>, now: () => number): Promise<T> {
    this.admit(now());
    const isTrial = this.state === "half_open";
    if (isTrial) this.trialInFlight = true;
    try {
      const result = await request();
      this.close();
      return result;
    } catch (error) {
      if (isServiceNowError(error)) {
        if (error.countsAgainstInstance) this.recordFailure(error, now());
        else this.close();
      }
      throw error;
    } finally {
      // A trial that ended without a verdict (the caller aborted) must not block the next one.
      if (isTrial) this.trialInFlight = false;
    }
  }

  private admit(now: number): void {
    if (this.state === "closed") return;
    if (this.state === "open" && this.openedAt !== null && now - this.openedAt >= this.options.cooldownMs) {
      this.state = "half_open";
    }
    if (this.state === "half_open" && !this.trialInFlight) return;
    const retryInMs = Math.max(0, (this.openedAt ?? now) + this.options.cooldownMs - now);
    throw new ServiceNowError(
      "circuit_open",
      `ServiceNow instance paused after ${this.consecutiveFailures} consecutive failed requests ` +
        `(last: ${this.lastError?.message ?? "unknown"}); next try in ${Math.ceil(retryInMs / 1000)} s`,
      { retryAfterMs: retryInMs },
    );
  }

  private close(): void {
    this.state = "closed";
    this.consecutiveFailures = 0;
    this.openedAt = null;
  }

  private recordFailure(error: ServiceNowError, now: number): void {
    this.consecutiveFailures++;
    this.lastError = { kind: error.kind, status: error.status, message: error.message, at: new Date(now) };
    // A failed trial re-opens at once; otherwise wait for the threshold.
    if (this.state === "half_open" || this.consecutiveFailures >= this.options.failureThreshold) {
      this.state = "open";
      this.openedAt = now;
    }
  }
}

/**
 * One breaker per ServiceNow instance, kept in this process's memory: it resets when the process
 * restarts, and each server process (or serverless instance) has its own. That is enough to stop
 * one process from hammering a failing instance; it is not a fleet-wide switch.
 */
const breakers = new Map<string, CircuitBreaker>();

/** The breaker for an instance, created with `options` on first use. */
export function getCircuitBreaker(instanceId: string, options?: Partial<CircuitBreakerOptions>): CircuitBreaker {
  let breaker = breakers.get(instanceId);
  if (!breaker) {
    breaker = new CircuitBreaker({ ...defaultCircuitBreakerOptions, ...options });
    breakers.set(instanceId, breaker);
  }
  return breaker;
}

/** For the instance's health view: null when this process has not talked to the instance yet. */
export function readCircuitBreaker(instanceId: string): CircuitBreakerSnapshot | null {
  return breakers.get(instanceId)?.snapshot() ?? null;
}
