/** A check slower than this marks the instance DEGRADED even when every request succeeded. */
export const SLOW_RESPONSE_MS = 2_000;
