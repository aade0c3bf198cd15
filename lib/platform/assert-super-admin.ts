import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Whether this user is a platform Super Admin, read from the database on every call: a session
 * or token claim could outlive a revocation, the row cannot.
 */
export async function isSuperAdmin(userId: string): Promise<boolean> {
  // An empty id would make Prisma drop the filter; refuse it outright.
  if (!userId) return false;
  const user = await db.user.findUnique({ where: { id: userId }, select: { isSuperAdmin: true } });
  return user?.isSuperAdmin === true;
}

/** Throws not_found (not forbidden) for anyone else, so the admin area's existence is not revealed. */
export async function assertSuperAdmin(userId: string): Promise<void> {
  if (!(await isSuperAdmin(userId))) throw new AppError("not_found", "Page not found");
}
