"use client";

import { Mail, RotateCw, X } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { Invitation } from "@/lib/invitations/schemas";
import { resendInvitationAction, revokeInvitationAction } from "../actions";
import { InviteDialog, type InviteRoleOption } from "./invite-dialog";
import { useAction } from "./use-action";

const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export function InvitationsPanel({
  orgSlug,
  invitations,
  roles,
  canInvite,
}: {
  orgSlug: string;
  invitations: Invitation[];
  roles: InviteRoleOption[];
  canInvite: boolean;
}) {
  const { pending, run } = useAction();

  const columns: DataTableColumn<Invitation>[] = [
    { id: "email", header: "Email", sortValue: (i) => i.email, cell: (i) => <span className="font-medium">{i.email}</span> },
    { id: "role", header: "Role", cell: (i) => <Badge variant="secondary">{i.role.name}</Badge> },
    {
      id: "status",
      header: "Status",
      cell: (i) => (i.status === "expired" ? <Badge variant="warning">Expired</Badge> : <Badge variant="outline">Pending</Badge>),
    },
    { id: "sent", header: "Last sent", sortValue: (i) => new Date(i.lastSentAt).getTime(), cell: (i) => dateTime.format(new Date(i.lastSentAt)) },
    { id: "expires", header: "Expires", cell: (i) => dateTime.format(new Date(i.expiresAt)) },
  ];
  if (canInvite) {
    columns.push({
      id: "actions",
      header: "Actions",
      hideHeader: true,
      align: "right",
      cell: (i) => (
        <div className="flex justify-end gap-1">
          <Button
            variant="ghost"
            size="sm"
            disabled={pending}
            onClick={() => run(() => resendInvitationAction(orgSlug, i.id), (d) => (d.emailSent ? `Sent again to ${i.email}` : `The email to ${i.email} could not be sent`))}
          >
            <RotateCw aria-hidden />
            Resend<span className="sr-only"> to {i.email}</span>
          </Button>
          <Button variant="ghost" size="sm" disabled={pending} onClick={() => run(() => revokeInvitationAction(orgSlug, i.id), `Invitation to ${i.email} revoked`)}>
            <X aria-hidden />
            Revoke<span className="sr-only"> the invitation to {i.email}</span>
          </Button>
        </div>
      ),
    });
  }

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">
          Links are valid for 7 days and work once. Resending sends a new link and the old one stops working.
        </p>
        {canInvite ? <InviteDialog orgSlug={orgSlug} roles={roles} /> : null}
      </div>
      <DataTable
        caption="Pending invitations"
        columns={columns}
        rows={invitations}
        getRowId={(i) => i.id}
        emptyState={
          <EmptyState
            icon={Mail}
            title="No pending invitations"
            description={
              canInvite
                ? "Use Invite to send a colleague a link by email; choose the role they start with."
                : "Only members who may invite people (users:create) can send invitations. Ask an Organization Admin."
            }
          />
        }
      />
    </div>
  );
}
