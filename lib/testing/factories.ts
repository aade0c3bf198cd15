import { randomBytes } from "node:crypto";
import type { ActorContext } from "@/lib/auth/context";
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import type { BuiltInRole } from "@/lib/generated/prisma/enums";
import { createOrganizationWithOwner } from "@/lib/organizations/create-organization";
import { permissionsForRole } from "@/lib/permissions";

// Random identities, so test files and tests never collide and need no cleanup.
const token = () => randomBytes(5).toString("hex");

export const TEST_PASSWORD = "correct horse battery staple";

export async function createUser(password = TEST_PASSWORD, overrides: { email?: string; verified?: boolean } = {}) {
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${token()}@example.test`,
      name: "Test User",
      passwordHash: await hashPassword(password),
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
    },
  });
}

/** A new organization with its built-in roles, owned by a new admin user. */
export async function createOrganization(name = `Org ${token()}`) {
  const owner = await createUser();
  const organization = await db.$transaction((tx) =>
    createOrganizationWithOwner(tx, { name, slug: `org-${token()}` }, { userId: owner.id }),
  );
  return db.organization.findUniqueOrThrow({ where: { id: organization.id } });
}

/** A user who is a member of a new (or given) organization with a built-in role, and their actor context. */
export async function createMember(role: BuiltInRole = "ORG_ADMIN", organizationId?: string) {
  const organization = organizationId
    ? await db.organization.findUniqueOrThrow({ where: { id: organizationId } })
    : await createOrganization();
  const user = await createUser();
  const roleRow = await db.role.findUniqueOrThrow({
    where: { organizationId_builtIn: { organizationId: organization.id, builtIn: role } },
  });
  const membership = await db.membership.create({ data: { organizationId: organization.id, userId: user.id } });
  await db.membershipRole.create({ data: { organizationId: organization.id, membershipId: membership.id, roleId: roleRow.id } });
  const ctx: ActorContext = {
    organizationId: organization.id,
    actorId: user.id,
    actorType: "user",
    actorLabel: user.email,
    permissions: permissionsForRole(role),
  };
  return { organization, user, membership, ctx };
}
