// Configurable failures of the Table API, so the connector's retry, backoff, resume and re-auth
// paths can be exercised deterministically. Counters count Table API requests (and pages) since
// the faults were last configured; /oauth_token.do and /__sim/ are never faulted.
import { z } from "zod";
import { SN_ERRORS, type SnErrorSpec } from "./http-util";

const every = z.number().int().min(1);

export const faultConfigSchema = z.strictObject({
  /** Every N-th request gets 429 with Retry-After. */
  rateLimit: z.strictObject({ every, retryAfterSeconds: z.number().int().min(0).default(1) }).optional(),
  /** Every N-th request starts a burst of `burst` consecutive 500/503 responses. */
  serverErrors: z
    .strictObject({ every, burst: z.number().int().min(1).default(1), status: z.union([z.literal(500), z.literal(503)]).default(503) })
    .optional(),
  /** Every N-th request (default every one) is answered after `delayMs`. */
  slow: z.strictObject({ delayMs: z.number().int().min(0).max(600_000), every: every.default(1) }).optional(),
  /**
   * Every N-th collection page is cut in the middle of its JSON: "end" finishes the response early
   * (the client gets invalid JSON), "reset" drops the connection mid-body.
   */
  truncatePages: z.strictObject({ every, mode: z.enum(["end", "reset"]).default("end") }).optional(),
  /** Invalidate every issued OAuth access token once N more requests have been served (0 = now). */
  expireTokens: z.strictObject({ afterRequests: z.number().int().min(0).default(0) }).optional(),
});

export type FaultConfig = z.infer<typeof faultConfigSchema>;

export interface FaultDecision {
  delayMs: number;
  failure?: { spec: SnErrorSpec; headers: Record<string, string> };
}

export class Faults {
  private config: FaultConfig = {};
  private requests = 0;
  private pages = 0;
  private burstLeft = 0;
  private expireAt: number | undefined;

  constructor(
    private readonly expireTokens: () => void,
    private readonly clock: () => number,
  ) {}

  /** Replaces the whole configuration and restarts the counters. */
  configure(config: FaultConfig): FaultConfig {
    this.config = config;
    this.requests = 0;
    this.pages = 0;
    this.burstLeft = 0;
    this.expireAt = undefined;
    if (config.expireTokens) {
      if (config.expireTokens.afterRequests === 0) this.expireTokens();
      else this.expireAt = config.expireTokens.afterRequests + 1;
    }
    return this.config;
  }

  clear(): void {
    this.configure({});
  }

  current(): FaultConfig {
    return this.config;
  }

  /** Called once per Table API request, before authentication. */
  beforeRequest(): FaultDecision {
    const n = ++this.requests;
    const { slow, serverErrors, rateLimit } = this.config;
    const delayMs = slow && n % slow.every === 0 ? slow.delayMs : 0;
    if (this.expireAt !== undefined && n >= this.expireAt) {
      this.expireAt = undefined;
      this.expireTokens();
    }
    if (serverErrors) {
      if (this.burstLeft > 0) {
        this.burstLeft--;
        return { delayMs, failure: { spec: SN_ERRORS.serverError(serverErrors.status), headers: {} } };
      }
      if (n % serverErrors.every === 0) {
        this.burstLeft = serverErrors.burst - 1;
        return { delayMs, failure: { spec: SN_ERRORS.serverError(serverErrors.status), headers: {} } };
      }
    }
    if (rateLimit && n % rateLimit.every === 0) {
      const reset = Math.ceil(this.clock() / 1000) + rateLimit.retryAfterSeconds;
      return {
        delayMs,
        failure: {
          spec: SN_ERRORS.rateLimited(rateLimit.every),
          headers: {
            "Retry-After": String(rateLimit.retryAfterSeconds),
            "X-RateLimit-Limit": String(rateLimit.every),
            "X-RateLimit-Reset": String(reset),
          },
        },
      };
    }
    return { delayMs };
  }

  /** Called for each collection page about to be sent; says whether and how to cut it. */
  truncation(): "end" | "reset" | undefined {
    const truncate = this.config.truncatePages;
    if (!truncate) return undefined;
    return ++this.pages % truncate.every === 0 ? truncate.mode : undefined;
  }
}
