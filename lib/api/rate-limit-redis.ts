import Redis from "ioredis";
import type { RateLimitStore, WindowCount } from "./rate-limit";
import { createMemoryStore } from "./rate-limit-memory";

// INCR and PEXPIRE in one script so that every app process sees one counter per key and a key can
// never be left without an expiry (which would lock its caller out for good). All KEYS of one
// call must hash to one slot if this ever runs on Redis Cluster.
const INCREMENT = `
local out = {}
for _, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  local ttl = redis.call('PTTL', key)
  if count == 1 or ttl < 0 then
    redis.call('PEXPIRE', key, ARGV[1])
    ttl = tonumber(ARGV[1])
  end
  out[#out + 1] = count
  out[#out + 1] = ttl
end
return out`;

/**
 * A client that fails fast instead of queueing while disconnected: a rate limiter that waits for
 * Redis would turn a Redis outage into an API outage.
 */
export function connectRateLimitRedis(url: string): Redis {
  return new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 500 });
}

/** Shared counters across app processes; counts in memory (logged once per outage) while Redis is unavailable. */
export function createRedisStore(client: Redis, options: { keyPrefix?: string } = {}): RateLimitStore {
  const prefix = options.keyPrefix ?? "ciq:rl:";
  const fallback = createMemoryStore();
  let down = false;
  const markDown = (error: unknown) => {
    if (down) return;
    down = true;
    console.warn("[rate-limit] Redis unavailable; counting in memory until it is back:", (error as Error).message);
  };
  client.on("error", markDown);
  client.on("ready", () => {
    down = false;
  });

  return {
    async increment(keys, windowMs) {
      // Before the first connection and while reconnecting, memory answers without waiting.
      if (client.status === "ready") {
        try {
          const flat = (await client.eval(INCREMENT, keys.length, ...keys.map((k) => prefix + k), windowMs)) as number[];
          return keys.map((_, i): WindowCount => ({ count: Number(flat[2 * i]), resetMs: Number(flat[2 * i + 1]) }));
        } catch (error) {
          markDown(error);
        }
      }
      return fallback.increment(keys, windowMs);
    },
  };
}
