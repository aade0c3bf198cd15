import type { BuiltInRole } from "@/lib/generated/prisma/enums";
import type { OrganizationMembership } from "@/lib/organizations/queries";
import { BUILT_IN_ROLES, permissionsForRole } from "@/lib/permissions";

/** An in-memory membership with one built-in role, for unit tests that mock the membership queries. */
export function asMember(organization: { id: string; name: string; slug: string }, role: BuiltInRole): OrganizationMembership {
  return {
    ...organization,
    roles: [BUILT_IN_ROLES[role].name],
    builtInRoles: [role],
    permissions: permissionsForRole(role),
    require2fa: false,
  };
}
