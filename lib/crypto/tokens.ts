import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A random, URL-safe secret (default 256 bits) for links, refresh tokens and API keys. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Tokens are high-entropy, so a plain SHA-256 is enough to store them: only the hash is kept. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
