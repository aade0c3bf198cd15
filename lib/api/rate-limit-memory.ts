import type { RateLimitStore } from "./rate-limit";

/**
 * Counters in this process only: right for a single instance and for tests, and the fallback
 * while Redis is unreachable. Expired windows are swept at most once per window so memory stays
 * bounded by the number of recently active keys.
 */
export function createMemoryStore(now: () => number = Date.now): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = 0;
  return {
    async increment(keys, windowMs) {
      const t = now();
      if (t >= nextSweep) {
        for (const [key, window] of windows) if (window.resetAt <= t) windows.delete(key);
        nextSweep = t + windowMs;
      }
      return keys.map((key) => {
        let window = windows.get(key);
        if (!window || window.resetAt <= t) {
          window = { count: 0, resetAt: t + windowMs };
          windows.set(key, window);
        }
        window.count += 1;
        return { count: window.count, resetMs: window.resetAt - t };
      });
    },
  };
}
