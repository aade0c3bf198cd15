import { db } from "@/lib/db";

/** Whether the account can sign in with a password (OAuth-only accounts cannot, until they reset one). */
export async function hasPassword(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
