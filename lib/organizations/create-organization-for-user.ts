import type { UserCaller } from "@/lib/auth/tokens/user-caller";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createOrganizationWithOwner } from "./create-organization";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { type CreateOrganizationInput, type Organization, CreateOrganizationInput as Schema, organizationSelect } from "./schemas";

/**
 * Any signed-in user may create an organization and becomes its Organization Admin. This is a
 * user-level act, not a permission inside some other organization: `organizations:create` in a role
 * would let a Viewer of one tenant be refused their own new tenant, and a user with no membership
 * left could never start again. API keys belong to one organization and cannot call this.
 */
export async function createOrganizationForUser(actor: UserCaller, input: CreateOrganizationInput): Promise<Organization> {
  const data = Schema.parse(input);
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { id: true, email: true } });
  if (!user) throw new AppError("unauthenticated", "Sign in to create an organization");
  try {
    const created = await db.$transaction((tx) =>
      createOrganizationWithOwner(tx, data, { userId: user.id, label: actor.email, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId }),
    );
    return await db.organization.findUniqueOrThrow({ where: { id: created.id }, select: organizationSelect });
  } catch (error) {
    // Two creations racing for one slug: the unique index decides, and the loser hears why.
    if (isUniqueViolation(error)) throw new AppError("conflict", data.slug ? `The slug "${data.slug}" is taken` : "Another organization just took this slug; try again");
    throw error;
  }
}
