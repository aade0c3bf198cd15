import type { RequestMeta } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { LoginResult } from "@/lib/generated/prisma/enums";

export interface LoginAttemptRecord {
  email: string;
  userId?: string | null;
  result: LoginResult;
  /** "password", or the OAuth provider's id. */
  method?: string;
  meta: RequestMeta;
}

/** Every sign-in attempt, successful or not, for the user's login history and for investigations. */
export async function recordLoginAttempt({ email, userId, result, method = "password", meta }: LoginAttemptRecord) {
  await db.loginAttempt.create({
    data: {
      email: email.slice(0, 254),
      userId: userId ?? null,
      result,
      method,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 512) ?? null,
    },
    select: { id: true },
  });
}

export interface LoginHistoryEntry {
  id: string;
  createdAt: Date;
  ip: string | null;
  userAgent: string | null;
  method: string;
  result: LoginResult;
}

/** The user's most recent sign-in attempts, newest first (attempts on an unknown email have no user). */
export function listLoginHistory(userId: string, limit = 50): Promise<LoginHistoryEntry[]> {
  return db.loginAttempt.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), 200),
    select: { id: true, createdAt: true, ip: true, userAgent: true, method: true, result: true },
  });
}
