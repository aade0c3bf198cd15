import { hkdfSync } from "node:crypto";
import { env } from "@/lib/env";

const cache = new Map<string, Uint8Array>();

/**
 * A 256-bit key for one purpose, derived from AUTH_SECRET with HKDF-SHA256. One secret to configure,
 * but a key leaked or misused for one purpose (say, access tokens) says nothing about another.
 */
export function deriveKey(purpose: "access-token" | "mfa-backup-code"): Uint8Array {
  const secret = env().AUTH_SECRET;
  const cacheKey = `${purpose}\u0000${secret}`;
  let key = cache.get(cacheKey);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "complianceiq", `complianceiq ${purpose}`, 32));
    cache.set(cacheKey, key);
  }
  return key;
}
