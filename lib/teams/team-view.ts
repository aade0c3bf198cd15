import type { Team } from "./schemas";

export const teamSelect = {
  id: true,
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  members: { select: { membership: { select: { user: { select: { id: true, email: true, name: true } } } } } },
} as const;

type TeamRow = Omit<Team, "members"> & { members: { membership: { user: { id: string; email: string; name: string | null } } }[] };

export function toTeam(row: TeamRow): Team {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    members: row.members.map((m) => m.membership.user).sort((a, b) => (a.name ?? a.email).localeCompare(b.name ?? b.email)),
  };
}
