import type { RequestMeta } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { clearFailedSignIns } from "./lockout";
import { recordLoginAttempt } from "./login-attempts";
import { appendUserAuditEvents } from "./mfa/append-user-audit-events";

/**
 * A sign-in that passed every check: the failure count restarts, the attempt joins the login
 * history and each of the user's organizations gets an `auth.login_succeeded` event.
 */
export async function recordSuccessfulSignIn(
  user: { id: string; email: string },
  how: { method: string; secondFactor?: string | null },
  meta: RequestMeta,
): Promise<void> {
  await clearFailedSignIns(user.id);
  await recordLoginAttempt({ email: user.email, userId: user.id, result: "SUCCESS", method: how.method, meta });
  await db.$transaction((tx) =>
    appendUserAuditEvents(tx, { userId: user.id, label: user.email, ...meta }, {
      action: "auth.login_succeeded",
      changes: { method: how.method, secondFactor: how.secondFactor ?? null },
    }),
  );
}
