"use client";

import { useState } from "react";
import type { Permission } from "@/lib/permissions";
import { Button } from "@/components/ui/button";

/** The creator's own permissions, grouped by resource, as checkboxes named "permissions". */
export function PermissionChecklist({ grantable, error }: { grantable: Permission[]; error?: string }) {
  const [checked, setChecked] = useState<Set<Permission>>(new Set());
  const groups = new Map<string, Permission[]>();
  for (const permission of grantable) {
    const resource = permission.split(":")[0]!;
    groups.set(resource, [...(groups.get(resource) ?? []), permission]);
  }
  const allChecked = checked.size === grantable.length;

  function toggle(permission: Permission, on: boolean) {
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(permission);
      else next.delete(permission);
      return next;
    });
  }

  return (
    <fieldset className="grid gap-3" aria-describedby={error ? "api-key-permissions-error" : "api-key-permissions-hint"}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <legend className="text-sm font-medium">Permissions</legend>
        <Button variant="ghost" size="sm" onClick={() => setChecked(allChecked ? new Set() : new Set(grantable))}>
          {allChecked ? "Clear all" : "Select all"}
        </Button>
      </div>
      <p id="api-key-permissions-hint" className="text-xs text-muted-foreground">
        Only permissions you hold yourself can be given to a key. Choose the fewest the integration needs.
      </p>
      <div className="grid gap-3 rounded-lg border p-3 sm:grid-cols-2">
        {[...groups].map(([resource, permissions]) => (
          <div key={resource} className="grid content-start gap-1.5">
            <span className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{resource}</span>
            {permissions.map((permission) => (
              <label key={permission} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="permissions"
                  value={permission}
                  checked={checked.has(permission)}
                  onChange={(event) => toggle(permission, event.currentTarget.checked)}
                  className="size-4 rounded border-input accent-primary"
                />
                <span className="font-mono text-xs">{permission}</span>
              </label>
            ))}
          </div>
        ))}
      </div>
      {error ? (
        <p id="api-key-permissions-error" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
