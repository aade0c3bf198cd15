"use client";

import { useState } from "react";
import { Check, MoreHorizontal, ShieldCheck, UserMinus, Users } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { EmptyState } from "@/components/ui/empty-state";
import type { Member } from "@/lib/members/schemas";
import { assignRoleAction, unassignRoleAction } from "../actions";
import { RemoveMemberDialog } from "./remove-member-dialog";
import { useAction } from "./use-action";

interface RoleOption {
  id: string;
  name: string;
  builtIn: string | null;
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export function MembersPanel({
  orgSlug,
  currentUserId,
  members,
  roles,
  grantableRoleIds,
  can,
}: {
  orgSlug: string;
  currentUserId: string;
  members: Member[];
  roles: RoleOption[];
  grantableRoleIds: string[];
  can: { invite: boolean; manageRoles: boolean; remove: boolean };
}) {
  const [removing, setRemoving] = useState<Member | null>(null);
  const { pending, run } = useAction();

  function toggleRole(member: Member, role: RoleOption) {
    const held = member.roles.some((r) => r.id === role.id);
    const who = member.name ?? member.email;
    run(
      () => (held ? unassignRoleAction(orgSlug, member.id, role.id) : assignRoleAction(orgSlug, member.id, role.id)),
      held ? `${role.name} taken away from ${who}` : `${who} is now also ${role.name}`,
    );
  }

  const columns: DataTableColumn<Member>[] = [
    {
      id: "member",
      header: "Member",
      sortValue: (m) => m.name ?? m.email,
      cell: (m) => (
        <div className="grid min-w-0">
          <span className="flex items-center gap-2 truncate font-medium">
            {m.name ?? m.email}
            {m.id === currentUserId ? <Badge variant="outline">You</Badge> : null}
          </span>
          {m.name ? <span className="truncate text-xs text-muted-foreground">{m.email}</span> : null}
        </div>
      ),
    },
    {
      id: "roles",
      header: "Roles",
      cell: (m) => (
        <div className="flex flex-wrap gap-1">
          {m.roles.map((r) => (
            <Badge key={r.id} variant={r.builtIn === "ORG_ADMIN" ? "default" : r.builtIn ? "secondary" : "outline"}>
              {r.builtIn === "ORG_ADMIN" ? <ShieldCheck aria-hidden /> : null}
              {r.name}
            </Badge>
          ))}
        </div>
      ),
    },
    {
      id: "teams",
      header: "Teams",
      cell: (m) =>
        m.teams.length ? <span className="text-sm">{m.teams.map((t) => t.name).join(", ")}</span> : <span className="text-muted-foreground">—</span>,
    },
    {
      id: "2fa",
      header: "2FA",
      sortValue: (m) => (m.twoFactorEnabled ? 1 : 0),
      cell: (m) => (m.twoFactorEnabled ? <Badge variant="success">On</Badge> : <Badge variant="secondary">Off</Badge>),
    },
    { id: "joined", header: "Joined", sortValue: (m) => new Date(m.joinedAt).getTime(), cell: (m) => dateFormat.format(new Date(m.joinedAt)) },
  ];

  if (can.manageRoles || can.remove) {
    columns.push({
      id: "actions",
      header: "Actions",
      hideHeader: true,
      align: "right",
      cell: (m) => (
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" size="icon-sm" aria-label={`Manage ${m.name ?? m.email}`} disabled={pending}>
              <MoreHorizontal aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="min-w-60">
            {can.manageRoles ? (
              <>
                <DropdownMenuLabel>Roles (a member keeps at least one)</DropdownMenuLabel>
                {roles.map((role) => {
                  const held = m.roles.some((r) => r.id === role.id);
                  const grantable = grantableRoleIds.includes(role.id);
                  return (
                    <DropdownMenuItem
                      key={role.id}
                      disabled={!grantable || (held && m.roles.length === 1)}
                      onSelect={() => toggleRole(m, role)}
                      aria-checked={held}
                      role="menuitemcheckbox"
                    >
                      <Check aria-hidden className={held ? "" : "invisible"} />
                      {role.name}
                    </DropdownMenuItem>
                  );
                })}
              </>
            ) : null}
            {can.remove && m.id !== currentUserId ? (
              <>
                {can.manageRoles ? <DropdownMenuSeparator /> : null}
                <DropdownMenuItem onSelect={() => setRemoving(m)} className="text-destructive data-[highlighted]:text-destructive">
                  <UserMinus aria-hidden />
                  Remove from organization…
                </DropdownMenuItem>
              </>
            ) : null}
          </DropdownMenuContent>
        </DropdownMenu>
      ),
    });
  }

  return (
    <>
      <DataTable
        caption="Members of this organization"
        columns={columns}
        rows={members}
        getRowId={(m) => m.id}
        initialSort={{ columnId: "member", direction: "asc" }}
        pageSizeOptions={[25, 50, 100]}
        emptyState={
          <EmptyState
            icon={Users}
            title="No members yet"
            description={can.invite ? "Invite colleagues from the Invitations tab: they get an email with a link to join." : "Ask an Organization Admin to invite your colleagues."}
          />
        }
      />
      <RemoveMemberDialog orgSlug={orgSlug} member={removing} onClose={() => setRemoving(null)} />
    </>
  );
}
