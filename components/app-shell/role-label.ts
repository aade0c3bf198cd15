const labels: Record<string, string> = {
  ORG_ADMIN: "Admin",
  ORG_MEMBER: "Member",
  ANALYST: "Analyst",
  VIEWER: "Viewer",
};

/** Human name of a membership role; unknown roles (added later) still read sensibly. */
export function roleLabel(role: string): string {
  return labels[role] ?? role.toLowerCase().replace(/_/g, " ").replace(/^\w/, (c) => c.toUpperCase());
}
