import { randomUUID } from "node:crypto";
import Redis from "ioredis";
import { afterAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "./rate-limit";
import { connectRateLimitRedis, createRedisStore } from "./rate-limit-redis";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function reachable(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: 500, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => {});
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

async function connected(url: string): Promise<Redis> {
  const client = connectRateLimitRedis(url);
  if (client.status !== "ready") await new Promise((resolve) => client.once("ready", resolve));
  return client;
}

const redisUp = await reachable(REDIS_URL);
if (!redisUp) console.warn(`Skipping the Redis rate-limit tests: no Redis answers at ${REDIS_URL} (set TEST_REDIS_URL).`);

describe.skipIf(!redisUp)("Redis rate-limit store", () => {
  const keyPrefix = `test:rl:${randomUUID()}:`;
  const clients: Redis[] = [];

  afterAll(async () => {
    const admin = clients[0];
    if (admin) {
      const keys = await admin.keys(`${keyPrefix}*`);
      if (keys.length > 0) await admin.del(...keys);
    }
    await Promise.all(clients.map((c) => c.quit()));
  });

  it("enforces one combined limit across two independent limiters (as in two app processes)", async () => {
    const [a, b] = await Promise.all([connected(REDIS_URL), connected(REDIS_URL)]);
    clients.push(a, b);
    const stores = [createRedisStore(a, { keyPrefix }), createRedisStore(b, { keyPrefix })];
    const buckets = [{ key: "actor:user:shared", limit: 5 }];

    const remaining = [];
    for (let i = 0; i < 5; i++) remaining.push((await enforceRateLimit(buckets, stores[i % 2]))["RateLimit-Remaining"]);
    expect(remaining).toEqual(["4", "3", "2", "1", "0"]);

    for (const store of stores) {
      const error = await enforceRateLimit(buckets, store).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).headers?.["Retry-After"]).toMatch(/^\d+$/);
    }
    const ttl = await a.pttl(`${keyPrefix}actor:user:shared`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it("counts several buckets in one atomic call", async () => {
    const client = await connected(REDIS_URL);
    clients.push(client);
    const store = createRedisStore(client, { keyPrefix });
    const [first, second] = await store.increment(["multi:a", "multi:b"], 60_000);
    expect(first).toMatchObject({ count: 1 });
    expect(second).toMatchObject({ count: 1 });
    expect((await store.increment(["multi:a"], 60_000))[0]?.count).toBe(2);
  });
});

describe("Redis rate-limit store without Redis", () => {
  it("falls back to memory and logs once instead of failing requests", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const client = connectRateLimitRedis("redis://127.0.0.1:1");
    const store = createRedisStore(client);
    await new Promise((resolve) => client.once("error", resolve));
    try {
      const counts = [];
      for (let i = 0; i < 3; i++) counts.push((await store.increment(["actor:user:x"], 60_000))[0]?.count);
      expect(counts).toEqual([1, 2, 3]);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/Redis unavailable/);
    } finally {
      client.disconnect();
      warn.mockRestore();
    }
  });
});
