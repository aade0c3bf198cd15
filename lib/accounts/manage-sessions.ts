import { appendUserAuditEvents } from "@/lib/auth/mfa/append-user-audit-events";
import { revokeOtherSessions, revokeSession } from "@/lib/auth/sessions/revoke-sessions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AccountCaller } from "./account-meta";

/** Ends one of the caller's own sessions (the current one too: that signs them out). */
export async function revokeMySession(caller: AccountCaller, sessionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    if (!(await revokeSession(caller.userId, sessionId, tx))) throw new AppError("not_found", "Session not found");
    await audit(tx, caller, { action: "session.revoked", security: true, targetType: "session", targetId: sessionId });
  });
}

/** Ends every session of the caller except the one in use. Returns how many ended. */
export async function revokeMyOtherSessions(caller: AccountCaller): Promise<number> {
  if (!caller.sessionId) throw new AppError("bad_request", "No current session to keep");
  return db.$transaction(async (tx) => {
    const count = await revokeOtherSessions(caller.userId, caller.sessionId, tx);
    if (count > 0) await audit(tx, caller, { action: "session.others_revoked", security: true, changes: { count } });
    return count;
  });
}

async function audit(
  tx: Parameters<typeof appendUserAuditEvents>[0],
  caller: AccountCaller,
  entry: Parameters<typeof appendUserAuditEvents>[2],
) {
  const user = await tx.user.findUnique({ where: { id: caller.userId }, select: { email: true } });
  const { requestId, ip, userAgent } = caller;
  await appendUserAuditEvents(tx, { userId: caller.userId, label: user?.email, requestId, ip, userAgent }, entry);
}
