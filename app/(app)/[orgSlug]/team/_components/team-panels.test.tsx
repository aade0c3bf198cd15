import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ToastProvider } from "@/components/ui/toast";
import { PERMISSIONS, permissionsForRole } from "@/lib/permissions";
import type { Role } from "@/lib/roles/schemas";
import { InvitationsPanel } from "./invitations-panel";
import { MembersPanel } from "./members-panel";
import { RolesPanel } from "./roles-panel";

// The panels import the server actions, whose modules reach the database; nothing here calls them.
vi.mock("../actions", () => ({}));
vi.mock("next/navigation", () => ({ usePathname: () => "/acme/team", useRouter: () => ({ replace: vi.fn(), refresh: vi.fn() }) }));

const role = (id: string, name: string, builtIn: Role["builtIn"], permissions: Role["permissions"]): Role => ({
  id,
  name,
  description: null,
  builtIn,
  permissions,
  memberCount: 1,
  createdAt: new Date("2026-01-01T00:00:00Z"),
});
const roles = [
  role("00000000-0000-7000-8000-000000000001", "Organization Admin", "ORG_ADMIN", [...PERMISSIONS]),
  role("00000000-0000-7000-8000-000000000004", "Viewer", "VIEWER", permissionsForRole("VIEWER")),
  role("00000000-0000-7000-8000-000000000009", "Auditor", null, ["audit:read"]),
];
const render = (node: ReactNode) => renderToStaticMarkup(<ToastProvider>{node}</ToastProvider>);

describe("team panels", () => {
  it("draws the permission matrix, with edit controls only on custom roles and only for managers", () => {
    const managed = render(<RolesPanel orgSlug="acme" roles={roles} grantable={[...PERMISSIONS]} canManage />);
    expect(managed).toContain("audit:read");
    expect(managed).toContain('aria-label="Edit Auditor"');
    expect(managed).not.toContain('aria-label="Edit Viewer"');
    expect(managed).toContain("New role");
    // One "Granted" per (role, permission) pair that holds.
    const granted = managed.match(/aria-label="Granted"/g)?.length;
    expect(granted).toBe(PERMISSIONS.length + permissionsForRole("VIEWER").length + 1);

    const readOnly = render(<RolesPanel orgSlug="acme" roles={roles} grantable={[]} canManage={false} />);
    expect(readOnly).not.toContain("New role");
    expect(readOnly).not.toContain('aria-label="Edit Auditor"');
  });

  it("shows the Invite button and member controls only to those allowed", () => {
    const invitations = render(<InvitationsPanel orgSlug="acme" invitations={[]} roles={[]} canInvite={false} />);
    expect(invitations).not.toMatch(/Invite<\/button>/);
    expect(invitations).toContain("No pending invitations");
    const canInvite = render(<InvitationsPanel orgSlug="acme" invitations={[]} roles={[]} canInvite />);
    expect(canInvite).toMatch(/Invite<\/button>/);

    const member = {
      id: "00000000-0000-7000-8000-0000000000aa",
      email: "ada@example.test",
      name: "Ada",
      roles: [{ id: roles[1]!.id, name: "Viewer", builtIn: "VIEWER" as const }],
      teams: [],
      twoFactorEnabled: false,
      joinedAt: new Date("2026-01-02T00:00:00Z"),
    };
    const props = { orgSlug: "acme", currentUserId: "someone-else", members: [member], roles, grantableRoleIds: [] };
    const viewerSees = render(<MembersPanel {...props} can={{ invite: false, manageRoles: false, remove: false }} />);
    expect(viewerSees).toContain("ada@example.test");
    expect(viewerSees).not.toContain("Manage Ada");
    const adminSees = render(<MembersPanel {...props} can={{ invite: true, manageRoles: true, remove: true }} />);
    expect(adminSees).toContain('aria-label="Manage Ada"');
  });
});
