import { db } from "@/lib/db";
import type { BuiltInRole } from "@/lib/generated/prisma/enums";
import { type Permission, permissionsOfRoles } from "@/lib/permissions";

export interface OrganizationMembership {
  id: string;
  name: string;
  slug: string;
  /** Role names, built-in first, for display. */
  roles: string[];
  builtInRoles: BuiltInRole[];
  permissions: Permission[];
  require2fa: boolean;
}

const MEMBERSHIP_SELECT = {
  organization: { select: { id: true, name: true, slug: true, require2fa: true } },
  roles: { select: { role: { select: { name: true, builtIn: true, permissions: true } } } },
} as const;

type MembershipRow = {
  organization: { id: string; name: string; slug: string; require2fa: boolean };
  roles: { role: { name: string; builtIn: BuiltInRole | null; permissions: string[] } }[];
};

function toMembership(row: MembershipRow): OrganizationMembership {
  const roles = row.roles.map((r) => r.role).sort((a, b) => Number(!a.builtIn) - Number(!b.builtIn));
  return {
    ...row.organization,
    roles: roles.map((r) => r.name),
    builtInRoles: roles.flatMap((r) => (r.builtIn ? [r.builtIn] : [])),
    permissions: permissionsOfRoles(roles),
  };
}

// Spans tenants by design (which organizations may this user enter?), so it runs outside a
// tenant scope, always filtered by the user and never for an organization pending deletion.
export async function listOrganizationsForUser(userId: string): Promise<OrganizationMembership[]> {
  const rows = await db.membership.findMany({
    where: { userId, organization: { deletedAt: null } },
    orderBy: { createdAt: "asc" },
    select: MEMBERSHIP_SELECT,
  });
  return rows.map(toMembership);
}

/** The user's membership in the organization with this slug or id, or null. */
export async function findMembership(userId: string, org: { slug: string } | { id: string }): Promise<OrganizationMembership | null> {
  const row = await db.membership.findFirst({
    where: { userId, organization: { deletedAt: null, ...("slug" in org ? { slug: org.slug } : { id: org.id }) } },
    select: MEMBERSHIP_SELECT,
  });
  return row ? toMembership(row) : null;
}
