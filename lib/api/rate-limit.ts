import { requestMetaOf } from "./request-meta";
import type { ActorContext } from "@/lib/auth/context";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createMemoryStore } from "./rate-limit-memory";
import { connectRateLimitRedis, createRedisStore } from "./rate-limit-redis";

export interface WindowCount {
  count: number;
  resetMs: number;
}

/** Fixed-window counters: each key's window starts at its first hit and lasts `windowMs`. */
export interface RateLimitStore {
  increment(keys: readonly string[], windowMs: number): Promise<WindowCount[]>;
}

export interface RateLimitBucket {
  key: string;
  limit: number;
}

const WINDOW_MS = 60_000;

/**
 * Counts this request in every bucket. Returns the RateLimit-* headers of the tightest bucket, or
 * throws rate_limited (with Retry-After) when any bucket is exhausted.
 */
export async function enforceRateLimit(
  buckets: readonly RateLimitBucket[],
  store: RateLimitStore = rateLimitStore(),
): Promise<Record<string, string>> {
  const counts = await store.increment(buckets.map((b) => b.key), WINDOW_MS);
  const states = buckets.map((bucket, i) => {
    const { count, resetMs } = counts[i] ?? { count: 0, resetMs: WINDOW_MS };
    return { limit: bucket.limit, remaining: bucket.limit - count, resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)) };
  });
  const tightest = states.reduce((a, b) => (b.remaining < a.remaining ? b : a));
  const headers = {
    "RateLimit-Limit": String(tightest.limit),
    "RateLimit-Remaining": String(Math.max(0, tightest.remaining)),
    "RateLimit-Reset": String(tightest.resetSeconds),
  };
  const exhausted = states.filter((s) => s.remaining < 0);
  if (exhausted.length === 0) return headers;
  const retryAfter = Math.max(...exhausted.map((s) => s.resetSeconds));
  throw new AppError("rate_limited", `Too many requests; retry in ${retryAfter} seconds`, {
    headers: { ...headers, "Retry-After": String(retryAfter) },
  });
}

/** An authenticated caller is limited both alone and together with the rest of its organization. */
export function actorBuckets(ctx: ActorContext): RateLimitBucket[] {
  const { RATE_LIMIT_PER_MINUTE, RATE_LIMIT_ORG_PER_MINUTE } = env();
  return [
    { key: `actor:${ctx.actorType}:${ctx.actorId}`, limit: RATE_LIMIT_PER_MINUTE },
    { key: `org:${ctx.organizationId}`, limit: RATE_LIMIT_ORG_PER_MINUTE },
  ];
}

/** A user acting on their own account, with no organization: the same personal budget as actorBuckets. */
export function userBuckets(userId: string): RateLimitBucket[] {
  return [{ key: `actor:user:${userId}`, limit: env().RATE_LIMIT_PER_MINUTE }];
}

/**
 * Anonymous callers are limited per client IP. The first x-forwarded-for hop is only trustworthy
 * behind a proxy that overwrites the header; it is truncated so a forged one cannot bloat the store.
 */
export function clientBuckets(request: Request): RateLimitBucket[] {
  const ip = requestMetaOf(request).ip ?? "unknown";
  return [{ key: `ip:${ip}`, limit: env().RATE_LIMIT_PER_MINUTE }];
}

// One store per process, kept on globalThis so dev reloads do not open a Redis connection each time.
const holder = globalThis as unknown as { __ciqRateLimitStore?: RateLimitStore };

function rateLimitStore(): RateLimitStore {
  const url = env().REDIS_URL;
  holder.__ciqRateLimitStore ??= url ? createRedisStore(connectRateLimitRedis(url)) : createMemoryStore();
  return holder.__ciqRateLimitStore;
}
