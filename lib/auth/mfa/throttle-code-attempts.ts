import { enforceRateLimit } from "@/lib/api/rate-limit";

/**
 * A signed-in session must not be able to guess its way past a code (a million 6-digit values,
 * three valid at a time): ten tries a minute per user makes that take weeks. Sign-in has its own
 * lockout in the password flow.
 */
export async function throttleCodeAttempts(userId: string): Promise<void> {
  await enforceRateLimit([{ key: `mfa-code:${userId}`, limit: 10 }]);
}
