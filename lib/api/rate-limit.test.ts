import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { problemResponse } from "./problem";
import { clientBuckets, enforceRateLimit } from "./rate-limit";
import { createMemoryStore } from "./rate-limit-memory";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("enforceRateLimit in memory", () => {
  it("counts down RateLimit-Remaining, then answers 429 with Retry-After and RateLimit-* headers", async () => {
    const time = clock();
    const store = createMemoryStore(time.now);
    const buckets = [{ key: "actor:user:u1", limit: 3 }];
    const remaining = [];
    for (let i = 0; i < 3; i++) remaining.push((await enforceRateLimit(buckets, store))["RateLimit-Remaining"]);
    expect(remaining).toEqual(["2", "1", "0"]);

    time.advance(15_000);
    const error = await rejection(enforceRateLimit(buckets, store));
    const response = problemResponse(error, "req-429");
    expect(response.status).toBe(429);
    expect((await response.json()).code).toBe("rate_limited");
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "ratelimit-limit": "3",
      "ratelimit-remaining": "0",
      "ratelimit-reset": "45",
      "retry-after": "45",
    });
  });

  it("opens a new window once the old one has passed", async () => {
    const time = clock();
    const store = createMemoryStore(time.now);
    const buckets = [{ key: "ip:1.2.3.4", limit: 1 }];
    await enforceRateLimit(buckets, store);
    await rejection(enforceRateLimit(buckets, store));
    time.advance(60_000);
    expect((await enforceRateLimit(buckets, store))["RateLimit-Remaining"]).toBe("0");
  });

  it("reports the tightest bucket and rejects when the organization is exhausted", async () => {
    const store = createMemoryStore(clock().now);
    const actor = (id: string) => [
      { key: `actor:user:${id}`, limit: 10 },
      { key: "org:o1", limit: 2 },
    ];
    expect(await enforceRateLimit(actor("a"), store)).toMatchObject({ "RateLimit-Limit": "2", "RateLimit-Remaining": "1" });
    await enforceRateLimit(actor("b"), store);
    expect((await rejection(enforceRateLimit(actor("c"), store))).code).toBe("rate_limited");
  });
});

describe("clientBuckets", () => {
  const keyFor = (headers: Record<string, string>) => clientBuckets(new Request("http://localhost/", { headers }))[0]?.key;

  it("uses the first x-forwarded-for hop, else 'unknown'", () => {
    expect(keyFor({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("ip:203.0.113.7");
    expect(keyFor({})).toBe("ip:unknown");
  });
});
