import type { ActorContext } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Whether the user has confirmed their email address. */
export async function isEmailVerified(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return Boolean(user?.emailVerifiedAt);
}

/**
 * For use cases that an unverified account may not perform (invite people, connect instances,
 * change billing): throws 403 email_not_verified for a user who has not confirmed their address.
 * API keys and jobs act for the organization, not a person, and pass.
 */
export async function assertEmailVerified(ctx: ActorContext, action = "do this"): Promise<void> {
  if (ctx.actorType !== "user") return;
  if (await isEmailVerified(ctx.actorId)) return;
  throw new AppError("email_not_verified", `Confirm your email address to ${action}: use the link we emailed you, or send a new one from your account settings`);
}
