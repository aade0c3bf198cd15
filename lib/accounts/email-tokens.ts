import { hashToken, randomToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailTokenPurpose } from "@/lib/generated/prisma/enums";

export const VERIFY_EMAIL_TTL_MS = 24 * 60 * 60 * 1000;
export const RESET_PASSWORD_TTL_MS = 60 * 60 * 1000;

/**
 * Issues a single-use link token. Only its SHA-256 is stored; earlier unused tokens of the same
 * purpose stop working, so only the newest email's link is live.
 */
export async function issueEmailToken(userId: string, purpose: EmailTokenPurpose, ttlMs: number): Promise<string> {
  const token = randomToken();
  const now = new Date();
  await db.$transaction([
    db.emailToken.updateMany({ where: { userId, purpose, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } }),
    db.emailToken.create({
      data: { userId, purpose, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + ttlMs) },
      select: { id: true },
    }),
  ]);
  return token;
}

const INVALID: Record<EmailTokenPurpose, string> = {
  VERIFY_EMAIL: "This verification link is invalid, expired or already used: send a new one from your account settings",
  RESET_PASSWORD: "This reset link is invalid, expired or already used: ask for a new one",
};

/** The account a still-valid token belongs to, without spending it; invalid_token otherwise. */
export async function peekEmailToken(token: string, purpose: EmailTokenPurpose): Promise<{ userId: string; email: string }> {
  const row = await db.emailToken.findFirst({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    select: { user: { select: { id: true, email: true } } },
  });
  if (!row) throw new AppError("invalid_token", INVALID[purpose]);
  return { userId: row.user.id, email: row.user.email };
}

/**
 * Spends a token inside the caller's transaction: the conditional update is the single-use check,
 * so two concurrent uses cannot both succeed. Throws invalid_token otherwise. Returns the user id.
 */
export async function consumeEmailToken(tx: Prisma.TransactionClient, token: string, purpose: EmailTokenPurpose): Promise<string> {
  const now = new Date();
  const row = await tx.emailToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, purpose: true } });
  if (!row || row.purpose !== purpose) throw new AppError("invalid_token", INVALID[purpose]);
  const { count } = await tx.emailToken.updateMany({
    where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) throw new AppError("invalid_token", INVALID[purpose]);
  return row.userId;
}
