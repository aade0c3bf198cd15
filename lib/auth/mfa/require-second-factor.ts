import type { UserCaller } from "@/lib/auth/tokens/user-caller";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { throttleCodeAttempts } from "./throttle-code-attempts";
import { verifySecondFactor } from "./verify-second-factor";
import { wrongCode } from "./wrong-code";

/** For changes to 2FA itself: the user must have it on and give a current code (consumed). */
export async function requireSecondFactor(caller: UserCaller, code: string): Promise<{ email: string }> {
  await throttleCodeAttempts(caller.userId);
  const user = await db.user.findUnique({ where: { id: caller.userId }, select: { email: true, mfaEnabledAt: true } });
  if (!user) throw new AppError("unauthenticated", "Sign in again");
  if (!user.mfaEnabledAt) throw new AppError("conflict", "Two-factor authentication is not on");
  if (!(await verifySecondFactor(caller.userId, code))) throw wrongCode("The code is wrong, expired or already used");
  return { email: user.email };
}
