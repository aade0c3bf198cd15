import { db } from "@/lib/db";
import type { MemberRole } from "@/lib/generated/prisma/enums";

export interface OrganizationMembership {
  id: string;
  name: string;
  slug: string;
  role: MemberRole;
}

export async function listOrganizationsForUser(userId: string): Promise<OrganizationMembership[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
  });
  return rows.map((m) => ({ ...m.organization, role: m.role }));
}

/** The user's membership in the organization with this slug or id, or null. */
export async function findMembership(userId: string, org: { slug: string } | { id: string }) {
  const membership = await db.membership.findFirst({
    where: { userId, organization: "slug" in org ? { slug: org.slug } : { id: org.id } },
    select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
  });
  return membership ? { organization: membership.organization, role: membership.role } : null;
}
