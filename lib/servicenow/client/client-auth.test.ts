import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { OAuthTokens } from "./auth";
import { createServiceNowClient, type ServiceNowClientOptions } from "./client";
import { fakeClock, startFakeServer, tableReply, type FakeServer, type RecordedRequest } from "./testing/fake-server";

const SECRETS = { password: "Pa55-word-xyz", clientSecret: "client-secret-abc", refreshToken: "refresh-token-0001" };
const RECORD = { sys_id: "b".repeat(32) };
const unauthenticated = {
  status: 401,
  json: { error: { message: "User Not Authenticated", detail: "Required to provide Auth information" }, status: "failure" },
};
const accessDenied = { status: 401, json: { error_description: "access_denied", error: "server_error" } };

let server: FakeServer;
afterEach(() => server?.close());

/** A ServiceNow look-alike: an OAuth endpoint and one table that accepts only live tokens. */
async function startOAuthInstance(options: { refreshWorks?: boolean; acceptTokensUpTo?: number; expiresIn?: number } = {}) {
  const live = new Set<string>();
  let issued = 0;
  const grants: string[] = [];
  const issue = (withRefresh: boolean) => {
    const token = `access-token-${++issued}`;
    if (issued <= (options.acceptTokensUpTo ?? Infinity)) live.add(token);
    return { status: 200, json: { access_token: token, token_type: "Bearer", expires_in: options.expiresIn ?? 1799, ...(withRefresh ? { refresh_token: SECRETS.refreshToken } : {}) } };
  };
  server = await startFakeServer((request: RecordedRequest) => {
    if (request.url.pathname === "/oauth_token.do") {
      const form = new URLSearchParams(request.body);
      grants.push(form.get("grant_type") ?? "");
      if (form.get("client_id") !== "ciq" || form.get("client_secret") !== SECRETS.clientSecret) return accessDenied;
      if (form.get("grant_type") === "password" && form.get("password") === SECRETS.password) return issue(true);
      if (form.get("grant_type") === "refresh_token" && options.refreshWorks !== false && form.get("refresh_token") === SECRETS.refreshToken) {
        return issue(false); // ServiceNow's refresh grant returns no new refresh token
      }
      return accessDenied;
    }
    const token = request.headers.authorization?.replace("Bearer ", "") ?? "";
    return live.has(token) ? tableReply([RECORD], 1) : unauthenticated;
  });
  return { live, grants };
}

function client(auth: Partial<Extract<ServiceNowClientOptions["auth"], { type: "oauth_password" }>> = {}) {
  const clock = fakeClock();
  const saved: OAuthTokens[] = [];
  const snc = createServiceNowClient({
    instanceUrl: server.url,
    instanceId: randomUUID(),
    clock,
    retry: { maxRetries: 1 },
    auth: {
      type: "oauth_password",
      clientId: "ciq",
      clientSecret: SECRETS.clientSecret,
      username: "integration",
      password: SECRETS.password,
      onTokens: (tokens) => void saved.push(tokens),
      ...auth,
    },
  });
  return { snc, clock, saved };
}

describe("OAuth password grant", () => {
  it("gets a token with the password grant (form-encoded), uses it, and hands it to onTokens", async () => {
    const { grants } = await startOAuthInstance();
    const { snc, saved } = client();
    await snc.fetchPage("sn_grc_issue");
    await snc.fetchPage("sn_grc_issue");
    expect(grants).toEqual(["password"]);
    const tokenRequest = server.requests[0]!;
    expect(tokenRequest.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(server.requests[1]!.headers.authorization).toBe("Bearer access-token-1");
    expect(saved).toEqual([{ accessToken: "access-token-1", refreshToken: SECRETS.refreshToken, expiresAt: Date.UTC(2025, 0, 1) + 1_799_000 }]);
  });

  it("starts from injected tokens and refreshes them shortly before they expire, keeping the refresh token", async () => {
    const { live, grants } = await startOAuthInstance();
    live.add("persisted-access-token");
    const start = Date.UTC(2025, 0, 1);
    const { snc, clock, saved } = client({
      tokens: { accessToken: "persisted-access-token", refreshToken: SECRETS.refreshToken, expiresAt: start + 120_000 },
    });
    await snc.fetchPage("sn_grc_issue");
    expect(grants).toEqual([]);
    clock.advance(61_000); // inside the 60 s margin
    await snc.fetchPage("sn_grc_issue");
    expect(grants).toEqual(["refresh_token"]);
    expect(saved).toEqual([{ accessToken: "access-token-1", refreshToken: SECRETS.refreshToken, expiresAt: start + 61_000 + 1_799_000 }]);
  });

  it("shares one token request between concurrent requests", async () => {
    const { grants } = await startOAuthInstance();
    const { snc } = client();
    await Promise.all([snc.fetchPage("sn_grc_issue"), snc.fetchPage("sn_grc_risk"), snc.fetchPage("sn_grc_profile")]);
    expect(grants).toEqual(["password"]);
  });

  it("renews a short-lived token at half its lifetime rather than on every request", async () => {
    const { grants } = await startOAuthInstance({ expiresIn: 20 });
    const { snc, clock } = client();
    await snc.fetchPage("sn_grc_issue");
    clock.advance(9_000);
    await snc.fetchPage("sn_grc_issue");
    expect(grants).toEqual(["password"]);
    clock.advance(2_000);
    await snc.fetchPage("sn_grc_issue");
    expect(grants).toEqual(["password", "refresh_token"]);
  });

  it("refreshes once when a token expires mid-sync (401), then retries the request", async () => {
    const { live, grants } = await startOAuthInstance();
    const { snc } = client();
    await snc.fetchPage("sn_grc_issue");
    live.clear(); // the instance revoked or expired the token early
    await expect(snc.fetchPage("sn_grc_issue")).resolves.toMatchObject({ records: [RECORD] });
    expect(grants).toEqual(["password", "refresh_token"]);
  });

  it("fails with a clear auth error when the new token is refused too", async () => {
    const { live, grants } = await startOAuthInstance({ acceptTokensUpTo: 1 });
    const { snc } = client();
    await snc.fetchPage("sn_grc_issue");
    live.clear();
    await expect(snc.fetchPage("sn_grc_issue")).rejects.toMatchObject({
      kind: "auth",
      status: 401,
      message: expect.stringMatching(/rejected a newly issued access token/),
    });
    expect(grants).toEqual(["password", "refresh_token"]);
  });

  it("falls back to the password grant when the refresh token is refused", async () => {
    const { grants } = await startOAuthInstance({ refreshWorks: false });
    const { snc } = client({ tokens: { accessToken: "stale", refreshToken: SECRETS.refreshToken, expiresAt: 0 } });
    await snc.fetchPage("sn_grc_issue");
    expect(grants).toEqual(["refresh_token", "password"]);
  });

  it("reports refused credentials as auth, without retrying the token request", async () => {
    const { grants } = await startOAuthInstance();
    const { snc } = client({ password: "wrong-password-123" });
    await expect(snc.fetchPage("sn_grc_issue")).rejects.toMatchObject({
      kind: "auth",
      message: expect.stringMatching(/refused the OAuth token request \(access_denied\)/),
    });
    expect(grants).toEqual(["password"]);
  });
});

describe("basic auth", () => {
  it("fails at once on 401: there is nothing to refresh", async () => {
    server = await startFakeServer(() => unauthenticated);
    const snc = createServiceNowClient({
      instanceUrl: server.url,
      instanceId: randomUUID(),
      clock: fakeClock(),
      auth: { type: "basic", username: "integration", password: SECRETS.password },
    });
    await expect(snc.fetchPage("sn_grc_issue")).rejects.toMatchObject({ kind: "auth", status: 401, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });
});
