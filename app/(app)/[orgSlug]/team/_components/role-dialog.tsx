"use client";

import { useId, type FormEvent } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { Role } from "@/lib/roles/schemas";
import { createRoleAction, updateRoleAction } from "../actions";
import { DialogFormFooter } from "./dialog-form-footer";
import { FieldError } from "./field-error";
import { NameDescriptionFields, readNameDescription } from "./name-description-fields";
import { PERMISSION_GROUPS } from "./permission-groups";
import { useDialogForm } from "./use-dialog-form";
import { useSelection } from "./use-selection";

/** Create or edit a custom role; only permissions the viewer holds can be ticked (the server checks too). */
export function RoleDialog({
  orgSlug,
  role,
  open,
  grantable,
  onClose,
}: {
  orgSlug: string;
  role: Role | null;
  open: boolean;
  grantable: string[];
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onOpenChange={(next) => !next && onClose()}>
      <DialogContent className="max-h-[90dvh] max-w-2xl overflow-y-auto">
        {/* The content unmounts when closed, so each opening starts from the role as it is. */}
        <RoleForm key={role?.id ?? "new"} orgSlug={orgSlug} role={role} grantable={grantable} onClose={onClose} />
      </DialogContent>
    </Dialog>
  );
}

function RoleForm({ orgSlug, role, grantable, onClose }: { orgSlug: string; role: Role | null; grantable: string[]; onClose: () => void }) {
  const id = useId();
  const { selected, toggle } = useSelection(() => role?.permissions ?? []);
  const { errors, message, pending, submit } = useDialogForm(onClose);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { ...readNameDescription(form), permissions: [...selected] };
    submit(
      () => (role ? updateRoleAction(orgSlug, role.id, input) : createRoleAction(orgSlug, input)),
      role ? `Role "${input.name}" saved` : `Role "${input.name}" created`,
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-5" noValidate>
      <DialogHeader>
        <DialogTitle>{role ? `Edit ${role.name}` : "New role"}</DialogTitle>
        <DialogDescription>
          Members holding this role get exactly the ticked permissions (on top of their other roles). You can only grant permissions you hold yourself.
        </DialogDescription>
      </DialogHeader>
      <div className="grid gap-4 sm:grid-cols-2">
        <NameDescriptionFields id={id} errors={errors} name={role?.name ?? ""} description={role?.description ?? ""} nameMaxLength={64} />
      </div>
      <fieldset className="grid gap-3" aria-describedby={errors.permissions ? `${id}-permissions-error` : undefined}>
        <legend className="mb-1 text-sm font-medium">Permissions ({selected.size} selected)</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {PERMISSION_GROUPS.map((group) => (
            <div key={group.domain} className="rounded-lg border p-3">
              <p className="mb-2 text-xs font-semibold tracking-wide text-muted-foreground uppercase">{group.label}</p>
              <div className="grid gap-1.5">
                {group.permissions.map((permission) => {
                  const allowed = grantable.includes(permission.value);
                  const inputId = `${id}-${permission.value}`;
                  return (
                    <label key={permission.value} htmlFor={inputId} className={`flex items-center gap-2 text-sm ${allowed ? "" : "opacity-50"}`}>
                      <input
                        id={inputId}
                        type="checkbox"
                        className="size-4 accent-primary"
                        checked={selected.has(permission.value)}
                        disabled={!allowed}
                        onChange={(e) => toggle(permission.value, e.target.checked)}
                      />
                      {permission.label}
                      <code className="font-mono text-xs text-muted-foreground">{permission.value}</code>
                      {allowed ? null : <span className="sr-only">(you do not hold this permission)</span>}
                    </label>
                  );
                })}
              </div>
            </div>
          ))}
        </div>
        <FieldError id={`${id}-permissions-error`} message={errors.permissions} />
      </fieldset>
      <DialogFormFooter
        message={message}
        hasFieldErrors={Object.keys(errors).length > 0}
        pending={pending}
        submitLabel={role ? "Save role" : "Create role"}
        onCancel={onClose}
      />
    </form>
  );
}
