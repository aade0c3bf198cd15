import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createServiceNowClient, type ServiceNowClientOptions } from "./client";
import { fakeClock, startFakeServer, tableReply, type FakeReply, type FakeServer } from "./testing/fake-server";

const RECORD = { sys_id: "a".repeat(32), name: "Access review" };
const ok = tableReply([RECORD], 1);

let server: FakeServer;
afterEach(() => server?.close());

/** Serves `replies` in order, then `ok` forever. */
async function serve(...replies: FakeReply[]) {
  server = await startFakeServer(() => replies.shift() ?? ok);
  return server;
}

function client(options: Partial<ServiceNowClientOptions> = {}) {
  const clock = fakeClock(Date.UTC(2025, 0, 1, 12, 0, 0), 0.5);
  const snc = createServiceNowClient({
    instanceUrl: server.url,
    instanceId: randomUUID(),
    auth: { type: "basic", username: "integration", password: "pw-failures" },
    clock,
    retry: { maxRetries: 3, baseDelayMs: 1_000, maxDelayMs: 8_000 },
    ...options,
  });
  return { snc, clock };
}

const envelope = (message: string, detail: string | null = null) => ({ error: { message, detail }, status: "failure" });

describe("retries", () => {
  it("honours Retry-After in seconds on 429 and as an HTTP date on 503", async () => {
    await serve(
      { status: 429, json: envelope("Rate limit exceeded"), headers: { "Retry-After": "7" } },
      { status: 503, body: "busy", headers: { "Retry-After": "Wed, 01 Jan 2025 12:00:37 GMT" } },
    );
    const retries: string[] = [];
    const { snc, clock } = client({ onRetry: ({ attempt, delayMs, error }) => retries.push(`${attempt}:${error.kind}:${delayMs}`) });
    const page = await snc.fetchPage("sn_grc_issue");
    expect(page.records).toEqual([RECORD]);
    expect(retries).toEqual(["1:rate_limited:7000", "2:server:30000"]);
    // 7 s asked for; then the HTTP date is 30 s after the clock's time at that moment (12:00:07).
    expect(clock.sleeps).toEqual([7_000, 30_000]);
    expect(server.requests).toHaveLength(3);
  });

  it("backs off with jitter on 5xx and network errors, within the exponential bounds", async () => {
    await serve({ status: 500, json: envelope("Internal") }, "destroy", { status: 502, body: "<html>bad gateway</html>" });
    const { snc, clock } = client();
    await snc.fetchPage("sn_grc_issue");
    // random() = 0.5 of min(8 s, 1 s * 2^retry)
    expect(clock.sleeps).toEqual([500, 1_000, 2_000]);
  });

  it("retries a truncated JSON page and a 200 without a result array", async () => {
    await serve({ status: 200, body: '{"result":[{"sys_id":"aaaa' }, { status: 200, json: { records: [] } });
    const { snc } = client();
    await expect(snc.fetchPage("sn_grc_issue")).resolves.toMatchObject({ records: [RECORD] });
    expect(server.requests).toHaveLength(3);
  });

  it("gives up with malformed_response when every body is cut off", async () => {
    server = await startFakeServer(() => ({ status: 200, body: '{"result":[' }));
    const { snc } = client({ retry: { maxRetries: 2 } });
    await expect(snc.fetchPage("sn_grc_issue")).rejects.toMatchObject({ kind: "malformed_response", attempts: 3 });
  });

  it("times out a hanging request, retries it, and reports a timeout", async () => {
    server = await startFakeServer(() => "hang");
    const { snc } = client({ timeoutMs: 100, retry: { maxRetries: 1 } });
    const started = Date.now();
    await expect(snc.fetchPage("sn_grc_issue")).rejects.toMatchObject({ kind: "timeout", attempts: 2 });
    expect(Date.now() - started).toBeLessThan(5_000); // two 100 ms timeouts, not the 65 s default
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry 404, 403 or an invalid table", async () => {
    const cases: [FakeReply, string][] = [
      [{ status: 404, json: envelope("No Record found", "Record doesn't exist or ACL restricts the record retrieval") }, "not_found"],
      [{ status: 403, json: envelope("Operation Failed", "ACL Exception") }, "forbidden"],
      [{ status: 400, json: envelope("Invalid table sn_nope") }, "invalid_table"],
      [{ status: 400, json: envelope("Requested URI does not represent any resource") }, "bad_request"],
    ];
    for (const [reply, kind] of cases) {
      await serve(reply);
      const { snc, clock } = client();
      const error = await snc.fetchPage("sn_nope").catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "ServiceNowError", kind, status: (reply as { status: number }).status, attempts: 1 });
      expect(clock.sleeps).toEqual([]);
      expect(server.requests).toHaveLength(1);
      await server.close();
    }
  });

  it("passes a long rate-limit wait up to the caller instead of sleeping through it", async () => {
    await serve({ status: 429, json: envelope("Rate limit exceeded"), headers: { "Retry-After": "1800" } });
    const { snc, clock } = client();
    await expect(snc.fetchPage("sn_grc_issue")).rejects.toMatchObject({ kind: "rate_limited", retryAfterMs: 1_800_000 });
    expect(clock.sleeps).toEqual([]);
  });

  it("says so when a developer instance answers with its hibernation page", async () => {
    await serve({ status: 200, body: "<html>Your instance is hibernating</html>", headers: { "Content-Type": "text/html" } });
    const { snc } = client({ retry: { maxRetries: 0 } });
    await expect(snc.fetchPage("sn_grc_issue")).rejects.toThrow(/HTML page instead of JSON/);
  });
});

describe("cancellation", () => {
  it("stops at once when the caller aborts, without counting against the instance", async () => {
    const controller = new AbortController();
    // Cancel once the request is in flight on the server.
    server = await startFakeServer(() => {
      setImmediate(() => controller.abort(new Error("sync cancelled")));
      return "hang";
    });
    const { snc } = client();
    const pending = snc.fetchPage("sn_grc_issue", { signal: controller.signal });
    await expect(pending).rejects.toThrow("sync cancelled");
    expect(snc.breakerState()).toMatchObject({ state: "closed", consecutiveFailures: 0, lastError: null });
    expect(server.requests).toHaveLength(1);
  });
});

describe("circuit breaker in the client", () => {
  it("opens after N failed requests, fails fast, then closes after a successful trial", async () => {
    let healthy = false;
    server = await startFakeServer(() => (healthy ? ok : { status: 500, json: envelope("down") }));
    const { snc, clock } = client({ retry: { maxRetries: 1 }, breaker: { failureThreshold: 2, cooldownMs: 30_000 } });

    for (let i = 0; i < 2; i++) await expect(snc.fetchPage("sn_grc_issue")).rejects.toMatchObject({ kind: "server" });
    expect(server.requests).toHaveLength(4); // two requests, each retried once
    expect(snc.breakerState()).toMatchObject({ state: "open", consecutiveFailures: 2, lastError: { kind: "server" } });

    await expect(snc.fetchPage("sn_grc_issue")).rejects.toMatchObject({ kind: "circuit_open" });
    expect(server.requests).toHaveLength(4);

    healthy = true;
    clock.advance(30_000);
    await expect(snc.fetchPage("sn_grc_issue")).resolves.toMatchObject({ records: [RECORD] });
    expect(snc.breakerState()).toMatchObject({ state: "closed", consecutiveFailures: 0 });
  });
});
