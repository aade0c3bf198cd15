import type { BuiltInRole } from "@/lib/generated/prisma/enums";
import { ROLE_PERMISSIONS, isPermission } from "@/lib/permissions";
import type { Role } from "./schemas";

export const roleSelect = {
  id: true,
  name: true,
  description: true,
  builtIn: true,
  permissions: true,
  createdAt: true,
  _count: { select: { members: true } },
} as const;

type RoleRow = {
  id: string;
  name: string;
  description: string | null;
  builtIn: BuiltInRole | null;
  permissions: string[];
  createdAt: Date;
  _count: { members: number };
};

/** Built-in roles take their permissions from code (a release can extend them); custom ones from the row. */
export function toRole(row: RoleRow): Role {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    builtIn: row.builtIn,
    permissions: row.builtIn ? [...ROLE_PERMISSIONS[row.builtIn]] : row.permissions.filter(isPermission),
    memberCount: row._count.members,
    createdAt: row.createdAt,
  };
}

const BUILT_IN_ORDER: Record<BuiltInRole, number> = { ORG_ADMIN: 0, ORG_MEMBER: 1, ANALYST: 2, VIEWER: 3 };

/** Built-in roles first, most powerful first, then custom roles by name: the order people read them in. */
export function compareRoles(a: { builtIn: BuiltInRole | null; name: string }, b: { builtIn: BuiltInRole | null; name: string }): number {
  const rank = (r: { builtIn: BuiltInRole | null }) => (r.builtIn ? BUILT_IN_ORDER[r.builtIn] : 10);
  return rank(a) - rank(b) || a.name.localeCompare(b.name);
}
