import { appendUserAuditEvents } from "@/lib/auth/mfa/append-user-audit-events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AccountCaller } from "./account-meta";
import type { UpdateProfileInput } from "./schemas";

/** Renames the signed-in user (the name colleagues see); the email address is their identity and stays. */
export async function updateProfile(caller: AccountCaller, input: UpdateProfileInput): Promise<{ name: string }> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: caller.userId }, select: { name: true, email: true } });
    if (!before) throw new AppError("unauthenticated", "Sign in again");
    if (before.name === input.name) return { name: input.name };
    await tx.user.update({ where: { id: caller.userId }, data: { name: input.name }, select: { id: true } });
    const { requestId, ip, userAgent } = caller;
    await appendUserAuditEvents(tx, { userId: caller.userId, label: before.email, requestId, ip, userAgent }, {
      action: "user.profile_updated",
      changes: { name: { from: before.name, to: input.name } },
    });
    return { name: input.name };
  });
}
