import type { Clock } from "./clock";
import { OAuthTokenManager, type OAuthTokens } from "./oauth-token-manager";
import type { RetryPolicy } from "./retry";

export type { OAuthTokens } from "./oauth-token-manager";

export interface BasicAuthConfig {
  type: "basic";
  username: string;
  password: string;
}

export interface OAuthPasswordConfig {
  type: "oauth_password";
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
  /** Tokens persisted from an earlier run, so a sync does not start with a password grant. */
  tokens?: OAuthTokens | null;
  /** Called with every new token set, for the caller to store (encrypted). */
  onTokens?: (tokens: OAuthTokens) => void | Promise<void>;
  /** Refresh this long before the access token expires (default 60 s). */
  refreshMarginMs?: number;
}

export type ServiceNowAuthConfig = BasicAuthConfig | OAuthPasswordConfig;

/** What the client needs from either scheme. */
export interface Authorizer {
  /** The Authorization header value, refreshing an OAuth token that is about to expire. */
  header(signal?: AbortSignal): Promise<string>;
  /**
   * Called once after a 401 with the header that was rejected. Resolves true when a new
   * credential is ready to retry with (OAuth); false when retrying cannot help (basic).
   */
  recover(rejectedHeader: string, signal?: AbortSignal): Promise<boolean>;
  /** Current secret values, removed from any error text that might echo them. */
  secrets(): string[];
}

export function createAuthorizer(
  config: ServiceNowAuthConfig,
  deps: { origin: string; clock: Clock; retry: RetryPolicy; timeoutMs: number },
): Authorizer {
  if (config.type === "basic") {
    const encoded = Buffer.from(`${config.username}:${config.password}`, "utf8").toString("base64");
    const header = `Basic ${encoded}`;
    return {
      header: async () => header,
      recover: async () => false,
      secrets: () => [config.password, encoded],
    };
  }
  const manager = new OAuthTokenManager(config, deps);
  return {
    header: async (signal) => `Bearer ${(await manager.current(signal)).accessToken}`,
    recover: async (rejected, signal) => {
      await manager.replace(rejected.replace(/^Bearer /, ""), signal);
      return true;
    },
    secrets: () => manager.secrets(),
  };
}
