import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createServiceNowClient, type ServiceNowClientOptions } from "./client";
import { fakeClock, startFakeServer, type FakeReply, type FakeServer } from "./testing/fake-server";

const PASSWORD = "S3cret-Password!";
const CLIENT_SECRET = "oauth-client-secret-42";
const ACCESS_TOKEN = "leaky-access-token-777";
const REFRESH_TOKEN = "leaky-refresh-token-888";
const BASIC = Buffer.from(`integration:${PASSWORD}`).toString("base64");
const SECRETS = [PASSWORD, CLIENT_SECRET, ACCESS_TOKEN, REFRESH_TOKEN, BASIC];

let server: FakeServer;
afterEach(() => server?.close());

// A misbehaving proxy that repeats everything it was sent in its error bodies.
function echo(status: number): (request: { headers: Record<string, unknown>; body: string }) => FakeReply {
  return ({ headers, body }) => ({
    status,
    json: { error: { message: `auth=${String(headers.authorization)}`, detail: body }, error_description: `got ${body}` },
  });
}

async function failureOf(handler: Parameters<typeof startFakeServer>[0], auth: ServiceNowClientOptions["auth"], timeoutMs = 5_000) {
  server = await startFakeServer(handler);
  const snc = createServiceNowClient({
    instanceUrl: server.url,
    instanceId: randomUUID(),
    clock: fakeClock(),
    retry: { maxRetries: 1 },
    timeoutMs,
    auth,
  });
  const error = await snc.fetchPage("sn_grc_issue").then(
    () => null,
    (e: unknown) => e,
  );
  await server.close();
  return error;
}

const basic = { type: "basic", username: "integration", password: PASSWORD } as const;
const oauth = {
  type: "oauth_password",
  clientId: "ciq",
  clientSecret: CLIENT_SECRET,
  username: "integration",
  password: PASSWORD,
  tokens: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: Date.UTC(2030, 0, 1) },
} as const;

describe("no secret in any error", () => {
  it("holds for every kind of failure, even when the server echoes the request", async () => {
    const errors = [
      await failureOf(echo(401), basic),
      await failureOf(echo(403), basic),
      await failureOf(echo(500), basic),
      await failureOf(echo(400), basic),
      await failureOf(echo(401), oauth), // table 401, then the refresh grant is refused with an echo
      await failureOf(echo(503), oauth),
      await failureOf(() => ({ status: 200, body: `{"access_token":"${ACCESS_TOKEN}"` }), { ...oauth, tokens: null }),
      await failureOf(() => "destroy", oauth),
      await failureOf(() => "hang", oauth, 50),
    ];
    expect(errors.map((e) => (e as { kind: string }).kind)).toEqual([
      "auth",
      "forbidden",
      "server",
      "bad_request",
      "auth",
      "server",
      "malformed_response",
      "network",
      "timeout",
    ]);
    for (const error of errors) {
      const text = [String(error), JSON.stringify(error), (error as Error).stack ?? ""].join("\n");
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    }
  });
});
