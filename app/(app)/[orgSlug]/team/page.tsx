import type { Metadata } from "next";
import { Lock } from "lucide-react";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { listInvitations } from "@/lib/invitations/manage-invitation";
import { listAllMembers } from "@/lib/members/list-members";
import { PERMISSIONS } from "@/lib/permissions";
import { listAllRoles } from "@/lib/roles/list-roles";
import { listAllTeams } from "@/lib/teams/queries";
import { PageHeader } from "@/components/app-shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { InvitationsPanel } from "./_components/invitations-panel";
import { MembersPanel } from "./_components/members-panel";
import { RolesPanel } from "./_components/roles-panel";
import { TeamTabs } from "./_components/team-tabs";
import { TeamsPanel } from "./_components/teams-panel";

export const metadata: Metadata = { title: "Team" };

const TABS = ["members", "invitations", "roles", "teams"] as const;
type Tab = (typeof TABS)[number];

export default async function TeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { orgSlug } = await params;
  const { tab } = await searchParams;
  const { user, ctx, organization, permissions } = await requirePageContext(orgSlug);
  const description = `People in ${organization.name}, the roles that decide what they can do, and the teams they work in.`;

  if (!permissions.includes("users:read")) {
    return (
      <div className="grid gap-8">
        <PageHeader title="Team" description={description} />
        <EmptyState
          icon={Lock}
          title="Your role cannot see the member list"
          description="Seeing members, roles and teams needs the users:read permission. Ask an Organization Admin of this organization for a role that includes it."
        />
      </div>
    );
  }

  // The server decides what the viewer may do; the client only hides what it was told to.
  const can = {
    invite: permissions.includes("users:create"),
    manageRoles: permissions.includes("users:update"),
    remove: permissions.includes("users:delete"),
  };
  const [members, invitations, roles, teams] = await Promise.all([
    listAllMembers(ctx),
    listInvitations(ctx),
    listAllRoles(ctx),
    listAllTeams(ctx),
  ]);
  // What this viewer could hand out: roles whose permissions they all hold.
  const grantableRoleIds = roles.filter((r) => r.permissions.every((p) => permissions.includes(p))).map((r) => r.id);
  const grantablePermissions = PERMISSIONS.filter((p) => permissions.includes(p));
  const active: Tab = TABS.includes(tab as Tab) ? (tab as Tab) : "members";
  const pending = invitations.filter((i) => i.status === "pending").length;

  return (
    <div className="grid gap-6">
      <PageHeader title="Team" description={description} />
      <TeamTabs
        active={active}
        counts={{ members: members.length, invitations: pending, roles: roles.length, teams: teams.length }}
        panels={{
          members: (
            <MembersPanel
              orgSlug={organization.slug}
              currentUserId={user.id}
              members={members}
              roles={roles.map((r) => ({ id: r.id, name: r.name, builtIn: r.builtIn }))}
              grantableRoleIds={grantableRoleIds}
              can={can}
            />
          ),
          invitations: (
            <InvitationsPanel
              orgSlug={organization.slug}
              invitations={invitations}
              roles={roles.filter((r) => grantableRoleIds.includes(r.id)).map((r) => ({ id: r.id, name: r.name, description: r.description }))}
              canInvite={can.invite}
            />
          ),
          roles: <RolesPanel orgSlug={organization.slug} roles={roles} grantable={grantablePermissions} canManage={can.manageRoles} />,
          teams: (
            <TeamsPanel
              orgSlug={organization.slug}
              teams={teams}
              members={members.map((m) => ({ id: m.id, name: m.name, email: m.email }))}
              canManage={can.manageRoles}
            />
          ),
        }}
      />
    </div>
  );
}
