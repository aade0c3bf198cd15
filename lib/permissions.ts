import type { BuiltInRole } from "@/lib/generated/prisma/enums";

/** Every permission the product knows; roles and API keys hold subsets of these. */
export const PERMISSIONS = [
  "organizations:create", "organizations:read", "organizations:update", "organizations:delete",
  "instances:create", "instances:read", "instances:update", "instances:delete",
  "analysis:create", "analysis:read", "analysis:delete",
  "insights:read", "insights:export",
  "widgets:create", "widgets:read", "widgets:update", "widgets:delete",
  "users:create", "users:read", "users:update", "users:delete",
  "jobs:create", "jobs:read", "jobs:cancel",
  "billing:manage", "audit:read", "apikeys:manage", "webhooks:manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = PERMISSIONS.filter((p) => p.endsWith(":read"));

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/** Built-in roles, as in the seed design. Their permissions live here, so a release can extend them. */
export const ROLE_PERMISSIONS: Record<BuiltInRole, readonly Permission[]> = {
  ORG_ADMIN: PERMISSIONS,
  ORG_MEMBER: READ,
  ANALYST: [...READ.filter((p) => p !== "audit:read"), "analysis:create", "jobs:create", "jobs:cancel"],
  VIEWER: READ.filter((p) => p !== "audit:read"),
};

export const BUILT_IN_ROLES: Record<BuiltInRole, { name: string; description: string }> = {
  ORG_ADMIN: { name: "Organization Admin", description: "Everything, including members, billing and API keys" },
  ORG_MEMBER: { name: "Organization Member", description: "Reads everything in the organization" },
  ANALYST: { name: "Analyst", description: "Runs analyses and reads instances and insights" },
  VIEWER: { name: "Viewer", description: "Read-only access to instances, analyses and insights" },
};

export function permissionsForRole(role: BuiltInRole): Permission[] {
  return [...ROLE_PERMISSIONS[role]];
}

/** A member's permissions: the union over their roles (built-in from code, custom from the row). */
export function permissionsOfRoles(roles: readonly { builtIn: BuiltInRole | null; permissions: readonly string[] }[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) {
    const list = role.builtIn ? ROLE_PERMISSIONS[role.builtIn] : role.permissions.filter(isPermission);
    for (const permission of list) granted.add(permission);
  }
  return PERMISSIONS.filter((p) => granted.has(p));
}
