import { randomBytes } from "node:crypto";
import type { ActorContext } from "@/lib/auth/context";
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { permissionsForRole } from "@/lib/permissions";

// Random identities, so test files and tests never collide and need no cleanup.
const token = () => randomBytes(5).toString("hex");

export async function createOrganization(name = `Org ${token()}`) {
  return db.organization.create({ data: { name, slug: `org-${token()}` } });
}

export async function createUser(password = "correct horse battery staple") {
  return db.user.create({
    data: { email: `user-${token()}@example.test`, name: "Test User", passwordHash: await hashPassword(password) },
  });
}

/** A user who is a member of a new (or given) organization, and their actor context. */
export async function createMember(role: MemberRole = "ORG_ADMIN", organizationId?: string) {
  const organization = organizationId
    ? await db.organization.findUniqueOrThrow({ where: { id: organizationId } })
    : await createOrganization();
  const user = await createUser();
  await db.membership.create({ data: { organizationId: organization.id, userId: user.id, role } });
  const ctx: ActorContext = {
    organizationId: organization.id,
    actorId: user.id,
    actorType: "user",
    permissions: permissionsForRole(role),
  };
  return { organization, user, ctx };
}
