import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "./server";

const UNAUTHENTICATED = {
  error: { message: "User Not Authenticated", detail: "Required to provide Auth information" },
  status: "failure",
};
const TOKEN_DENIED = { error_description: "access_denied", error: "server_error" };

let sim: RunningSimulator;
let now = Date.UTC(2026, 9, 2);

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    quiet: true,
    clock: () => now,
    tokenTtlSeconds: 600,
    refreshTokenTtlSeconds: 3600,
    users: [{ username: "integration", password: "s3cret" }],
    oauthClients: [{ clientId: "app", clientSecret: "app-secret" }],
    counts: { controls: 3, statements: 2 },
  });
});
afterAll(() => sim.close());

async function table(authorization?: string) {
  const res = await fetch(`${sim.url}/api/now/table/sn_compliance_control?sysparm_limit=1`, {
    headers: { Accept: "application/json", ...(authorization ? { Authorization: authorization } : {}) },
  });
  return { status: res.status, body: await res.json() };
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

async function token(params: Record<string, string>, contentType = "application/x-www-form-urlencoded") {
  const body = contentType.includes("json") ? JSON.stringify(params) : new URLSearchParams(params).toString();
  const res = await fetch(`${sim.url}/oauth_token.do`, { method: "POST", headers: { "Content-Type": contentType }, body });
  return { status: res.status, body: await res.json() };
}

const passwordGrant = { grant_type: "password", client_id: "app", client_secret: "app-secret", username: "integration", password: "s3cret" };

describe("basic auth", () => {
  it("accepts the configured user and answers anything else with ServiceNow's 401 body", async () => {
    expect((await table(basic("integration", "s3cret"))).status).toBe(200);
    for (const header of [undefined, basic("integration", "wrong"), basic("admin", "admin"), "Basic !!!", "Digest abc"]) {
      expect(await table(header)).toEqual({ status: 401, body: UNAUTHENTICATED });
    }
  });
});

describe("OAuth token endpoint", () => {
  it("issues access and refresh tokens for the password grant, the same ones again within their lifetime", async () => {
    const first = await token(passwordGrant);
    expect(first).toMatchObject({ status: 200, body: { scope: "useraccount", token_type: "Bearer", expires_in: 599 } });
    expect(typeof first.body.access_token).toBe("string");
    expect(typeof first.body.refresh_token).toBe("string");
    expect((await table(`Bearer ${first.body.access_token}`)).status).toBe(200);
    now += 100_000;
    const again = await token(passwordGrant);
    expect(again.body).toMatchObject({ access_token: first.body.access_token, refresh_token: first.body.refresh_token, expires_in: 499 });
  });

  it("rejects a wrong client, user, password, grant or a JSON body with access_denied", async () => {
    const cases: Record<string, string>[] = [
      { ...passwordGrant, client_secret: "nope" },
      { ...passwordGrant, client_id: "other" },
      { ...passwordGrant, password: "nope" },
      { grant_type: "client_credentials", client_id: "app", client_secret: "app-secret" },
      { grant_type: "refresh_token", client_id: "app", client_secret: "app-secret", refresh_token: "made-up" },
    ];
    for (const params of cases) expect(await token(params)).toEqual({ status: 401, body: TOKEN_DENIED });
    expect(await token(passwordGrant, "application/json")).toEqual({ status: 401, body: TOKEN_DENIED });
  });

  it("expires access tokens after their lifetime; the refresh grant returns a new access token only", async () => {
    const { body: issued } = await token(passwordGrant);
    now += 600_000;
    expect(await table(`Bearer ${issued.access_token}`)).toEqual({ status: 401, body: UNAUTHENTICATED });
    const refreshed = await token({ grant_type: "refresh_token", client_id: "app", client_secret: "app-secret", refresh_token: issued.refresh_token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ scope: "useraccount", token_type: "Bearer", expires_in: 599, access_token: expect.any(String) });
    expect(refreshed.body.access_token).not.toBe(issued.access_token);
    expect((await table(`Bearer ${refreshed.body.access_token}`)).status).toBe(200);
    // A refresh token only works for the client it was issued to, and only for its own lifetime.
    expect((await token({ grant_type: "refresh_token", client_id: "app", client_secret: "nope", refresh_token: issued.refresh_token })).status).toBe(401);
    now += 3_600_000;
    expect((await token({ grant_type: "refresh_token", client_id: "app", client_secret: "app-secret", refresh_token: issued.refresh_token })).status).toBe(401);
    expect(await table("Bearer not-a-token")).toEqual({ status: 401, body: UNAUTHENTICATED });
  });
});

describe("default credentials", () => {
  it("are admin/admin and ciq-dev/ciq-dev-secret with a 1800 s token", async () => {
    const defaults = await startSimulator({ port: 0, quiet: true, counts: { controls: 2, statements: 1 } });
    try {
      const res = await fetch(`${defaults.url}/oauth_token.do`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "grant_type=password&client_id=ciq-dev&client_secret=ciq-dev-secret&username=admin&password=admin",
      });
      expect(await res.json()).toMatchObject({ expires_in: 1799 });
    } finally {
      await defaults.close();
    }
  });
});
