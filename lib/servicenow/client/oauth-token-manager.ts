import { z } from "zod";
import type { OAuthPasswordConfig } from "./auth";
import type { Clock } from "./clock";
import { ServiceNowError, redact } from "./errors";
import { requestJson, type JsonResponse } from "./http";
import { withRetry, type RetryPolicy } from "./retry";
import { statusError } from "./status-errors";

export interface OAuthTokens {
  accessToken: string;
  /** Null when the grant returned none; the password grant is then used again at expiry. */
  refreshToken: string | null;
  /** Epoch milliseconds at which ServiceNow stops accepting the access token. */
  expiresAt: number;
}

const tokenResponse = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.coerce.number().positive(),
});

const DEFAULT_REFRESH_MARGIN_MS = 60_000;

/**
 * Holds the OAuth tokens of one client: password grant when there is nothing better, the
 * refresh_token grant otherwise. Concurrent requests share one token request in flight.
 */
export class OAuthTokenManager {
  private tokens: OAuthTokens | null;
  /** When to renew proactively: the margin before expiry, or half the lifetime of a short token. */
  private renewAt: number;
  private inflight: Promise<OAuthTokens> | null = null;
  /** Every token this client has held: an expired one is still not for an error message. */
  private readonly seenTokens = new Set<string>();

  constructor(
    private readonly config: OAuthPasswordConfig,
    private readonly deps: { origin: string; clock: Clock; retry: RetryPolicy; timeoutMs: number },
  ) {
    this.tokens = config.tokens ?? null;
    this.renewAt = this.tokens ? this.tokens.expiresAt - this.margin() : 0;
    this.remember(this.tokens);
  }

  async current(signal?: AbortSignal): Promise<OAuthTokens> {
    if (this.tokens && this.deps.clock.now() < this.renewAt) return this.tokens;
    return this.renew(signal);
  }

  /** After a 401: renew unless another request already replaced the rejected token. */
  async replace(rejectedAccessToken: string, signal?: AbortSignal): Promise<OAuthTokens> {
    if (this.tokens && this.tokens.accessToken !== rejectedAccessToken) return this.tokens;
    return this.renew(signal);
  }

  secrets(): string[] {
    return [this.config.clientSecret, this.config.password, ...this.seenTokens];
  }

  private margin(): number {
    return this.config.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
  }

  private remember(tokens: OAuthTokens | null): void {
    if (tokens?.accessToken) this.seenTokens.add(tokens.accessToken);
    if (tokens?.refreshToken) this.seenTokens.add(tokens.refreshToken);
  }

  private renew(signal?: AbortSignal): Promise<OAuthTokens> {
    this.inflight ??= this.obtain(signal).finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  private async obtain(signal?: AbortSignal): Promise<OAuthTokens> {
    const refreshToken = this.tokens?.refreshToken;
    let tokens: OAuthTokens;
    if (refreshToken) {
      try {
        tokens = await this.grant({ grant_type: "refresh_token", refresh_token: refreshToken }, signal);
        // ServiceNow's refresh grant returns only an access token; the refresh token stays valid.
        tokens.refreshToken ??= refreshToken;
      } catch (error) {
        // An expired or revoked refresh token: start over with the password grant.
        if (!(error instanceof ServiceNowError && error.kind === "auth")) throw error;
        tokens = await this.passwordGrant(signal);
      }
    } else {
      tokens = await this.passwordGrant(signal);
    }
    const lifetime = tokens.expiresAt - this.deps.clock.now();
    this.tokens = tokens;
    this.remember(tokens);
    this.renewAt = tokens.expiresAt - Math.min(this.margin(), lifetime / 2);
    await this.config.onTokens?.({ ...tokens });
    return tokens;
  }

  private passwordGrant(signal?: AbortSignal): Promise<OAuthTokens> {
    return this.grant({ grant_type: "password", username: this.config.username, password: this.config.password }, signal);
  }

  private async grant(params: Record<string, string>, signal?: AbortSignal): Promise<OAuthTokens> {
    const { origin, clock, retry, timeoutMs } = this.deps;
    const url = new URL("/oauth_token.do", origin);
    // ServiceNow accepts only a form-encoded body here; JSON fails.
    const body = new URLSearchParams({ ...params, client_id: this.config.clientId, client_secret: this.config.clientSecret });
    const where = `POST ${url.pathname} (${params.grant_type} grant)`;
    return withRetry(
      async () => {
        const secrets = this.secrets();
        const response = await requestJson({
          url,
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
          body: body.toString(),
          timeoutMs,
          signal,
          secrets,
        });
        if (response.status < 200 || response.status >= 300) throw grantError(response, where, secrets, clock.now());
        const parsed = tokenResponse.safeParse(response.body);
        if (!parsed.success) {
          throw new ServiceNowError("malformed_response", `${where} returned no usable access token`, { status: response.status });
        }
        return {
          accessToken: parsed.data.access_token,
          refreshToken: parsed.data.refresh_token ?? null,
          expiresAt: clock.now() + parsed.data.expires_in * 1000,
        };
      },
      { policy: retry, clock, signal },
    );
  }
}

// The token endpoint answers bad credentials with 400/401 and an OAuth body
// ({"error":"server_error","error_description":"access_denied"}), not the Table API envelope.
function grantError(response: JsonResponse, where: string, secrets: string[], now: number): ServiceNowError {
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    const description = (response.body as { error_description?: unknown } | null)?.error_description;
    const reason = typeof description === "string" ? ` (${redact(description, secrets).slice(0, 100)})` : "";
    return new ServiceNowError(
      "auth",
      `ServiceNow refused the OAuth token request${reason}; check the client id, client secret, user name and password. ${where} answered HTTP ${response.status}`,
      { status: response.status },
    );
  }
  return statusError(response, { where, secrets, now });
}
