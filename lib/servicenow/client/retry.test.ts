import { describe, expect, it } from "vitest";
import { ServiceNowError } from "./errors";
import { backoffDelay, defaultRetryPolicy, parseRetryAfter, withRetry } from "./retry";
import { fakeClock } from "./testing/fake-server";

const policy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 60_000 };

describe("backoffDelay (full jitter)", () => {
  it("stays in [0, min(cap, base * 2^retry))", () => {
    for (let retry = 0; retry < 8; retry++) {
      const ceiling = Math.min(1_000, 100 * 2 ** retry);
      expect(backoffDelay(retry, policy, () => 0)).toBe(0);
      const top = backoffDelay(retry, policy, () => 0.999999);
      expect(top).toBeLessThan(ceiling);
      expect(top).toBeGreaterThanOrEqual(ceiling - 1);
    }
  });

  it("never exceeds the cap however many retries", () => {
    expect(backoffDelay(50, policy, () => 0.999999)).toBeLessThan(1_000);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0);
  it("reads delay-seconds", () => {
    expect(parseRetryAfter("7", now)).toBe(7_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
  });
  it("reads an HTTP date relative to the clock", () => {
    expect(parseRetryAfter("Wed, 01 Jan 2025 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 11:00:00 GMT", now)).toBe(0);
  });
  it("ignores absent or unreadable values", () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter("-5", now)).toBeNull();
  });
});

describe("withRetry", () => {
  it("waits exactly Retry-After when the server gives one, jittered backoff otherwise", async () => {
    const clock = fakeClock(0, 0.5);
    const failures = [
      new ServiceNowError("rate_limited", "slow down", { status: 429, retryAfterMs: 7_000 }),
      new ServiceNowError("server", "boom", { status: 500 }),
    ];
    const result = await withRetry(
      async () => {
        const next = failures.shift();
        if (next) throw next;
        return "ok";
      },
      { policy, clock },
    );
    expect(result).toBe("ok");
    expect(clock.sleeps).toEqual([7_000, 100]); // second wait: 0.5 * 100 * 2^1
  });

  it("gives up after maxRetries and reports the attempts", async () => {
    const clock = fakeClock();
    let calls = 0;
    const error = await withRetry(
      async () => {
        calls++;
        throw new ServiceNowError("timeout", "slow");
      },
      { policy, clock },
    ).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(error).toMatchObject({ kind: "timeout", attempts: 4 });
    expect(clock.sleeps).toHaveLength(3);
  });

  it("does not retry errors that cannot succeed later", async () => {
    for (const kind of ["not_found", "forbidden", "invalid_table", "bad_request", "auth"] as const) {
      let calls = 0;
      const clock = fakeClock();
      await expect(
        withRetry(
          async () => {
            calls++;
            throw new ServiceNowError(kind, kind);
          },
          { policy, clock },
        ),
      ).rejects.toMatchObject({ kind, attempts: 1 });
      expect(calls).toBe(1);
    }
  });

  it("fails at once when Retry-After is longer than it will wait, keeping the delay for the job", async () => {
    const clock = fakeClock();
    const error = await withRetry(
      async () => {
        throw new ServiceNowError("rate_limited", "hourly limit", { status: 429, retryAfterMs: 3_600_000 });
      },
      { policy: defaultRetryPolicy, clock },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "rate_limited", retryAfterMs: 3_600_000, attempts: 1 });
    expect(clock.sleeps).toEqual([]);
  });
});
