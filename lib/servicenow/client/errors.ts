/**
 * Every failure of the ServiceNow connector is a ServiceNowError with a `kind` the sync can act
 * on (retry later, quarantine, mark the instance unhealthy, ask the user to fix credentials).
 * Messages are built from our own text plus ServiceNow's error message with known secrets
 * removed, so they can go to logs, job results and the UI as they are.
 */
export type ServiceNowErrorKind =
  | "auth"
  | "forbidden"
  | "not_found"
  | "invalid_table"
  | "bad_request"
  | "rate_limited"
  | "server"
  | "timeout"
  | "network"
  | "malformed_response"
  | "circuit_open";

// Transient kinds: the same request may succeed a moment later.
const RETRYABLE: ReadonlySet<ServiceNowErrorKind> = new Set([
  "rate_limited",
  "server",
  "timeout",
  "network",
  "malformed_response",
]);

// Kinds that say the instance itself is unhealthy or unreachable; these open the circuit breaker.
// A 403/404/400 proves the instance answers, so those do not count against it.
const INSTANCE_FAILURE: ReadonlySet<ServiceNowErrorKind> = new Set([...RETRYABLE, "auth"]);

export class ServiceNowError extends Error {
  readonly kind: ServiceNowErrorKind;
  readonly status: number | null;
  /** How long the server asked us to wait (Retry-After), for a job to sleep instead of failing. */
  readonly retryAfterMs: number | null;
  /** Attempts made, including retries, before giving up. */
  readonly attempts: number;

  constructor(
    kind: ServiceNowErrorKind,
    message: string,
    options: { status?: number | null; retryAfterMs?: number | null; attempts?: number } = {},
  ) {
    super(message);
    this.name = "ServiceNowError";
    this.kind = kind;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.attempts = options.attempts ?? 1;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }

  get countsAgainstInstance(): boolean {
    return INSTANCE_FAILURE.has(this.kind);
  }

  withAttempts(attempts: number): ServiceNowError {
    return new ServiceNowError(this.kind, this.message, {
      status: this.status,
      retryAfterMs: this.retryAfterMs,
      attempts,
    });
  }
}

export function isServiceNowError(error: unknown): error is ServiceNowError {
  return error instanceof ServiceNowError;
}

/**
 * Removes known secrets from text that came from elsewhere (a server's error body, a network
 * error). ServiceNow does not echo credentials today, but a proxy or a future version might.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    // Short values ("a", "1") would shred ordinary words; real secrets are longer.
    if (secret.length >= 4) out = out.split(secret).join("[redacted]");
  }
  return out;
}
