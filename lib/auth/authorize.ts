import { AppError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions";
import type { ActorContext } from "./context";

/** The one authorization decision: server actions, REST routes and jobs all call it. */
export function can(ctx: ActorContext, permission: Permission): boolean {
  return ctx.permissions.includes(permission);
}

export function authorize(ctx: ActorContext, permission: Permission): void {
  if (!ctx.organizationId || !ctx.actorId) {
    throw new AppError("unauthenticated", "No authenticated actor for this organization");
  }
  if (!can(ctx, permission)) {
    throw new AppError("forbidden", `This action requires the "${permission}" permission`);
  }
}
