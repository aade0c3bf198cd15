import type { MemberRole } from "@/lib/generated/prisma/enums";

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

/** Built-in roles, as in the seed design. */
export const ROLE_PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  ORG_ADMIN: PERMISSIONS,
  ORG_MEMBER: READ,
  ANALYST: [...READ.filter((p) => p !== "audit:read"), "analysis:create", "jobs:create", "jobs:cancel"],
  VIEWER: READ.filter((p) => p !== "audit:read"),
};

export function permissionsForRole(role: MemberRole): Permission[] {
  return [...ROLE_PERMISSIONS[role]];
}
