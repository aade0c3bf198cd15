import { randomBytes } from "node:crypto";
import { randomToken } from "@/lib/crypto/tokens";

// ciq_<12 hex prefix>_<43 base64url secret>: the prefix finds the row, the secret is compared
// against its SHA-256. "ciq_" lets secret scanners recognise a leaked key.
const KEY = /^ciq_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  prefix: string;
  secret: string;
  key: string;
}

export function generateApiKey(): NewApiKey {
  const prefix = randomBytes(6).toString("hex");
  const secret = randomToken(32);
  return { prefix, secret, key: `ciq_${prefix}_${secret}` };
}

export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const match = KEY.exec(token);
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith("ciq_");
}
