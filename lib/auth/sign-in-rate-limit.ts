import { enforceRateLimit } from "@/lib/api/rate-limit";
import type { RequestMeta } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";

/** Sign-in attempts per client IP per minute, password and second step together. */
export const SIGN_INS_PER_IP_PER_MINUTE = 20;

/**
 * Counts a sign-in attempt against its IP. Returns the seconds to wait when the IP is over the
 * limit, otherwise null. Served with no proxy in front, the IP is unknown: the attempt then counts
 * against the account's address instead, so one client cannot block everybody's sign-in.
 */
export async function signInRateLimit(meta: RequestMeta, account: string): Promise<number | null> {
  const key = meta.ip ? `sign-in:ip:${meta.ip}` : `sign-in:account:${account}`;
  try {
    await enforceRateLimit([{ key, limit: SIGN_INS_PER_IP_PER_MINUTE }]);
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === "rate_limited") {
      return Number.parseInt(error.headers?.["Retry-After"] ?? "60", 10) || 60;
    }
    throw error;
  }
}
