import { Email } from "@/lib/accounts/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface SuperAdminChange {
  userId: string;
  email: string;
  isSuperAdmin: boolean;
  /** False when the user already had the requested state. */
  changed: boolean;
}

/**
 * Grants or revokes platform Super Admin. Only the operator's CLI calls this: there is no page,
 * action or route that can make someone a Super Admin. Takes effect on the user's next request,
 * since every check re-reads the flag.
 */
export async function setSuperAdmin(input: { email: string; grant: boolean }): Promise<SuperAdminChange> {
  const parsed = Email.safeParse(input.email);
  if (!parsed.success) throw new AppError("validation_failed", `Not a valid email address: ${input.email}`);
  const email = parsed.data;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, isSuperAdmin: true } });
    if (!user) throw new AppError("not_found", `No user with the email ${email}`);
    if (user.isSuperAdmin === input.grant) return { userId: user.id, email, isSuperAdmin: input.grant, changed: false };
    await tx.user.update({ where: { id: user.id }, data: { isSuperAdmin: input.grant } });
    return { userId: user.id, email, isSuperAdmin: input.grant, changed: true };
  });
}
