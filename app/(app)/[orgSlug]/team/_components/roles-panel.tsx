"use client";

import { Fragment, useState } from "react";
import { Check, Lock, Minus, Pencil, Plus, ShieldCheck, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/roles/schemas";
import { deleteRoleAction } from "../actions";
import { PERMISSION_GROUPS } from "./permission-groups";
import { RoleDialog } from "./role-dialog";
import { useAction } from "./use-action";

/**
 * The permission matrix: one row per permission (grouped by domain), one column per role.
 * Built-in roles are fixed by the product; custom roles are edited from their column.
 */
export function RolesPanel({ orgSlug, roles, grantable, canManage }: { orgSlug: string; roles: Role[]; grantable: string[]; canManage: boolean }) {
  const [editing, setEditing] = useState<Role | "new" | null>(null);
  const { pending, run } = useAction();
  const custom = roles.filter((r) => !r.builtIn);

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-2xl text-sm text-muted-foreground">
          A member&apos;s permissions are the union of their roles. The four built-in roles are fixed;
          {canManage ? " create custom roles for anything in between." : " Organization Admins can add custom roles."}
          {custom.length === 0 && canManage ? " There are no custom roles yet: use New role to make one." : ""}
        </p>
        {canManage ? (
          <Button onClick={() => setEditing("new")}>
            <Plus aria-hidden />
            New role
          </Button>
        ) : null}
      </div>

      <div className="relative overflow-x-auto rounded-lg border">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Permissions of each role</caption>
          <thead className="bg-muted/50">
            <tr className="border-b">
              <th scope="col" className="sticky left-0 z-10 bg-muted px-3 py-2 text-left text-xs font-medium text-muted-foreground">
                Permission
              </th>
              {roles.map((role) => (
                <th key={role.id} scope="col" className="min-w-32 px-3 py-2 text-center align-bottom text-xs font-medium">
                  <div className="flex flex-col items-center gap-1">
                    <span className="flex items-center gap-1 text-foreground">
                      {role.builtIn === "ORG_ADMIN" ? <ShieldCheck aria-hidden className="size-3.5 text-primary" /> : null}
                      {role.name}
                    </span>
                    <span className="font-normal text-muted-foreground">
                      {role.builtIn ? (
                        <span className="inline-flex items-center gap-1">
                          <Lock aria-hidden className="size-3" /> Built-in
                        </span>
                      ) : (
                        "Custom"
                      )}
                      {" · "}
                      {role.memberCount} {role.memberCount === 1 ? "member" : "members"}
                    </span>
                    {canManage && !role.builtIn ? (
                      <span className="flex gap-0.5">
                        <Button variant="ghost" size="icon-sm" aria-label={`Edit ${role.name}`} onClick={() => setEditing(role)} disabled={pending}>
                          <Pencil aria-hidden />
                        </Button>
                        <Button
                          variant="ghost"
                          size="icon-sm"
                          aria-label={`Delete ${role.name}`}
                          disabled={pending}
                          onClick={() => {
                            if (window.confirm(`Delete the role "${role.name}"? This cannot be undone.`)) {
                              run(() => deleteRoleAction(orgSlug, role.id), `Role "${role.name}" deleted`);
                            }
                          }}
                        >
                          <Trash2 aria-hidden />
                        </Button>
                      </span>
                    ) : null}
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PERMISSION_GROUPS.map((group) => (
              <Fragment key={group.domain}>
                <tr className="border-b bg-muted/30">
                  <th scope="rowgroup" colSpan={roles.length + 1} className="px-3 py-1.5 text-left text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                    {group.label}
                  </th>
                </tr>
                {group.permissions.map((permission) => (
                  <tr key={permission.value} className="border-b last:border-b-0 hover:bg-muted/40">
                    <th scope="row" className="sticky left-0 bg-card px-3 py-1.5 text-left font-normal">
                      {permission.label}
                      <code className="ml-2 font-mono text-xs text-muted-foreground">{permission.value}</code>
                    </th>
                    {roles.map((role) => {
                      const granted = role.permissions.includes(permission.value as Role["permissions"][number]);
                      return (
                        <td key={role.id} className="px-3 py-1.5 text-center">
                          {granted ? (
                            <Check aria-label="Granted" className="mx-auto size-4 text-success" />
                          ) : (
                            <Minus aria-label="Not granted" className="mx-auto size-4 text-muted-foreground/40" />
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>

      {canManage ? (
        <RoleDialog orgSlug={orgSlug} role={editing === "new" ? null : editing} open={editing !== null} grantable={grantable} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  );
}
