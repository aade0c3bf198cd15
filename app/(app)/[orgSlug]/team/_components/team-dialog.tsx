"use client";

import { useId, type FormEvent } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { Team } from "@/lib/teams/schemas";
import { createTeamAction, updateTeamAction } from "../actions";
import { DialogFormFooter } from "./dialog-form-footer";
import { FieldError } from "./field-error";
import { NameDescriptionFields, readNameDescription } from "./name-description-fields";
import { useDialogForm } from "./use-dialog-form";
import { useSelection } from "./use-selection";

export interface TeamMemberOption {
  id: string;
  name: string | null;
  email: string;
}

export function TeamDialog({
  orgSlug,
  team,
  open,
  members,
  onClose,
}: {
  orgSlug: string;
  team: Team | null;
  open: boolean;
  members: TeamMemberOption[];
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onOpenChange={(next) => !next && onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto">
        <TeamForm key={team?.id ?? "new"} orgSlug={orgSlug} team={team} members={members} onClose={onClose} />
      </DialogContent>
    </Dialog>
  );
}

function TeamForm({ orgSlug, team, members, onClose }: { orgSlug: string; team: Team | null; members: TeamMemberOption[]; onClose: () => void }) {
  const id = useId();
  const { selected, toggle } = useSelection(() => team?.members.map((m) => m.id) ?? []);
  const { errors, message, pending, submit } = useDialogForm(onClose);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { ...readNameDescription(form), memberIds: [...selected] };
    submit(
      () => (team ? updateTeamAction(orgSlug, team.id, input) : createTeamAction(orgSlug, input)),
      team ? `Team "${input.name}" saved` : `Team "${input.name}" created`,
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-5" noValidate>
      <DialogHeader>
        <DialogTitle>{team ? `Edit ${team.name}` : "New team"}</DialogTitle>
        <DialogDescription>Name the team and choose its members. Members can belong to several teams.</DialogDescription>
      </DialogHeader>
      <NameDescriptionFields id={id} errors={errors} name={team?.name ?? ""} description={team?.description ?? ""} nameMaxLength={80} />
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Members ({selected.size} selected)</legend>
        <div className="grid max-h-64 gap-1 overflow-y-auto rounded-lg border p-2">
          {members.map((member) => {
            const inputId = `${id}-member-${member.id}`;
            return (
              <label key={member.id} htmlFor={inputId} className="flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-muted/50">
                <input
                  id={inputId}
                  type="checkbox"
                  className="size-4 accent-primary"
                  checked={selected.has(member.id)}
                  onChange={(e) => toggle(member.id, e.target.checked)}
                />
                <span className="truncate">
                  {member.name ?? member.email}
                  {member.name ? <span className="text-muted-foreground"> · {member.email}</span> : null}
                </span>
              </label>
            );
          })}
        </div>
        <FieldError id={`${id}-members-error`} message={Object.entries(errors).find(([k]) => k.startsWith("memberIds"))?.[1]} />
      </fieldset>
      <DialogFormFooter
        message={message}
        hasFieldErrors={Object.keys(errors).length > 0}
        pending={pending}
        submitLabel={team ? "Save team" : "Create team"}
        onCancel={onClose}
      />
    </form>
  );
}
