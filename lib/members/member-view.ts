import type { BuiltInRole } from "@/lib/generated/prisma/enums";
import { compareRoles } from "@/lib/roles/role-view";
import type { Member } from "./schemas";

export const memberSelect = {
  id: true,
  createdAt: true,
  user: { select: { id: true, email: true, name: true, mfaEnabledAt: true } },
  roles: { select: { role: { select: { id: true, name: true, builtIn: true } } } },
  teams: { select: { team: { select: { id: true, name: true } } } },
} as const;

type MemberRow = {
  createdAt: Date;
  user: { id: string; email: string; name: string | null; mfaEnabledAt: Date | null };
  roles: { role: { id: string; name: string; builtIn: BuiltInRole | null } }[];
  teams: { team: { id: string; name: string } }[];
};

export function toMember(row: MemberRow): Member {
  return {
    id: row.user.id,
    email: row.user.email,
    name: row.user.name,
    roles: row.roles.map((r) => r.role).sort(compareRoles),
    teams: row.teams.map((t) => t.team).sort((a, b) => a.name.localeCompare(b.name)),
    twoFactorEnabled: row.user.mfaEnabledAt !== null,
    joinedAt: row.createdAt,
  };
}
