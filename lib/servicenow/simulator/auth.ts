// Basic auth and the OAuth 2.0 token endpoint as a ServiceNow instance exposes them (doc §6).
import { randomBytes } from "node:crypto";

export interface SimUser {
  username: string;
  password: string;
  /** Writes are refused with 403 (an ACL denies them), reads work. */
  readOnly?: boolean;
}

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
}

export interface AuthOptions {
  users: readonly SimUser[];
  oauthClients: readonly OAuthClient[];
  /** Access token lifetime; the platform default is 1800 s. */
  tokenTtlSeconds: number;
  /** Refresh token lifetime; the platform default is 100 days. */
  refreshTokenTtlSeconds: number;
  clock: () => number;
}

export interface Principal {
  username: string;
  readOnly: boolean;
}

interface IssuedToken {
  user: SimUser;
  clientId: string;
  expiresAt: number;
}

export interface TokenResponse {
  status: number;
  body: Record<string, string | number>;
}

/** Every token failure (bad client, user, password or grant) looks the same on the platform. */
const TOKEN_DENIED: TokenResponse = { status: 401, body: { error_description: "access_denied", error: "server_error" } };

export class AuthService {
  private readonly accessTokens = new Map<string, IssuedToken>();
  private readonly refreshTokens = new Map<string, IssuedToken>();
  /** client + user → the current password-grant tokens, which repeated calls get back. */
  private readonly sessions = new Map<string, { access: string; refresh: string }>();

  constructor(private readonly options: AuthOptions) {}

  /** Resolves an Authorization header (Basic or Bearer); undefined means 401. */
  authenticate(header: string | undefined): Principal | undefined {
    if (!header) return undefined;
    const [scheme = "", credentials = ""] = header.trim().split(/\s+/, 2);
    if (scheme.toLowerCase() === "basic") {
      const decoded = Buffer.from(credentials, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      const user = colon < 0 ? undefined : this.findUser(decoded.slice(0, colon), decoded.slice(colon + 1));
      return user && toPrincipal(user);
    }
    if (scheme.toLowerCase() === "bearer") {
      const token = this.accessTokens.get(credentials);
      return token && token.expiresAt > this.options.clock() ? toPrincipal(token.user) : undefined;
    }
    return undefined;
  }

  /** POST /oauth_token.do with its form-encoded parameters. */
  token(params: URLSearchParams): TokenResponse {
    const client = this.options.oauthClients.find(
      (c) => c.clientId === params.get("client_id") && c.clientSecret === params.get("client_secret"),
    );
    if (!client) return TOKEN_DENIED;
    const grant = params.get("grant_type");
    if (grant === "password") {
      const user = this.findUser(params.get("username") ?? "", params.get("password") ?? "");
      return user ? this.passwordGrant(client, user) : TOKEN_DENIED;
    }
    if (grant === "refresh_token") {
      const refresh = this.refreshTokens.get(params.get("refresh_token") ?? "");
      if (!refresh || refresh.clientId !== client.clientId || refresh.expiresAt <= this.options.clock()) return TOKEN_DENIED;
      const access = this.issueAccess(client, refresh.user);
      // The refresh grant returns only a new access token; the refresh token stays as it was.
      return { status: 200, body: { scope: "useraccount", token_type: "Bearer", expires_in: this.expiresIn(access), access_token: access } };
    }
    // client_credentials needs a system property that is off by default (doc §6).
    return TOKEN_DENIED;
  }

  /** Makes every issued access token invalid now (a fault: token expiry in the middle of a sync). */
  expireAccessTokens(): void {
    this.accessTokens.clear();
    this.sessions.clear();
  }

  private passwordGrant(client: OAuthClient, user: SimUser): TokenResponse {
    const key = `${client.clientId}\u0000${user.username}`;
    let session = this.sessions.get(key);
    const current = session && this.accessTokens.get(session.access);
    const refreshValid = session && (this.refreshTokens.get(session.refresh)?.expiresAt ?? 0) > this.options.clock();
    if (!session || !current || current.expiresAt <= this.options.clock() || !refreshValid) {
      const refresh = newToken();
      this.refreshTokens.set(refresh, {
        user,
        clientId: client.clientId,
        expiresAt: this.options.clock() + this.options.refreshTokenTtlSeconds * 1000,
      });
      session = { access: this.issueAccess(client, user), refresh };
      this.sessions.set(key, session);
    }
    return {
      status: 200,
      body: {
        scope: "useraccount",
        token_type: "Bearer",
        expires_in: this.expiresIn(session.access),
        refresh_token: session.refresh,
        access_token: session.access,
      },
    };
  }

  private issueAccess(client: OAuthClient, user: SimUser): string {
    const access = newToken();
    this.accessTokens.set(access, {
      user,
      clientId: client.clientId,
      expiresAt: this.options.clock() + this.options.tokenTtlSeconds * 1000,
    });
    return access;
  }

  /** Seconds left, reported one below the lifetime as the platform does (1800 s → 1799). */
  private expiresIn(access: string): number {
    const expiresAt = this.accessTokens.get(access)?.expiresAt ?? 0;
    return Math.max(0, Math.ceil((expiresAt - this.options.clock()) / 1000) - 1);
  }

  private findUser(username: string, password: string): SimUser | undefined {
    return this.options.users.find((u) => u.username === username && u.password === password);
  }
}

function toPrincipal(user: SimUser): Principal {
  return { username: user.username, readOnly: user.readOnly ?? false };
}

function newToken(): string {
  return randomBytes(64).toString("base64url");
}
