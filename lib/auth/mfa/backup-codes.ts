import { createHmac, randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deriveKey } from "@/lib/auth/tokens/derive-key";

export const BACKUP_CODE_COUNT = 10;

// Crockford's base32 alphabet: no i, l, o or u, so a code read off paper cannot be misread.
// 8 characters of 32 symbols = 40 random bits per code.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";


function randomCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/** Forgiving input: any case, with or without the hyphen, and the letters Crockford maps to digits. */
export function normalizeBackupCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "").replace(/[il]/g, "1").replace(/o/g, "0");
}

/** Whether the input has the shape of a backup code (so it is not mistaken for a TOTP code). */
export function looksLikeBackupCode(code: string): boolean {
  return /^[0-9a-z]{8}$/.test(normalizeBackupCode(code));
}

/**
 * HMAC-SHA256 under a key derived from AUTH_SECRET, bound to the user. Forty random bits are too
 * few for a plain SHA-256: a leaked table could be brute-forced offline in minutes. A keyed hash
 * needs the server secret as well, and unlike argon2 it is deterministic, so a code is found and
 * consumed by one indexed, atomic update instead of ten slow comparisons per attempt.
 */
export function hashBackupCode(userId: string, code: string): string {
  return createHmac("sha256", deriveKey("mfa-backup-code")).update(`${userId}:${normalizeBackupCode(code)}`).digest("hex");
}

/** Replaces the user's backup codes with ten new ones, inside the caller's transaction; returns them in clear, once. */
export async function replaceBackupCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = Array.from({ length: BACKUP_CODE_COUNT }, randomCode);
  await tx.mfaBackupCode.deleteMany({ where: { userId } });
  await tx.mfaBackupCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashBackupCode(userId, code) })) });
  return codes;
}

/** Marks the code used if it is one of the user's unused codes; true exactly once per code, even under concurrency. */
export async function consumeBackupCode(userId: string, code: string): Promise<boolean> {
  if (!looksLikeBackupCode(code)) return false;
  const { count } = await db.mfaBackupCode.updateMany({
    where: { userId, codeHash: hashBackupCode(userId, code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}

export function countUnusedBackupCodes(userId: string): Promise<number> {
  return db.mfaBackupCode.count({ where: { userId, usedAt: null } });
}
