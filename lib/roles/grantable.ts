import type { ActorContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import type { BuiltInRole } from "@/lib/generated/prisma/enums";
import { permissionsOfRoles } from "@/lib/permissions";

/**
 * Nobody hands out more than they hold: a role created, edited, assigned or taken away, and an
 * invitation sent, may only carry permissions the caller has. Without it `users:update` alone
 * would be a path to Organization Admin.
 */
export function assertCanGrant(ctx: ActorContext, permissions: readonly string[]): void {
  const missing = [...new Set(permissions)].filter((p) => !(ctx.permissions as readonly string[]).includes(p));
  if (missing.length > 0) {
    throw new AppError("forbidden", `You cannot grant permissions you do not hold yourself: ${missing.join(", ")}`);
  }
}

export function assertCanGrantRole(ctx: ActorContext, role: { builtIn: BuiltInRole | null; permissions: readonly string[] }): void {
  assertCanGrant(ctx, permissionsOfRoles([role]));
}
