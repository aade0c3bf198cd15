"use client";

import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmActionDialog } from "@/components/ui/confirm-action-dialog";

/** Delete with a confirmation that names what goes: credentials, health history and synced data. */
export function DeleteInstanceButton({
  instanceName,
  listHref,
  remove,
}: {
  instanceName: string;
  listHref: string;
  remove: () => Promise<{ ok: true } | { ok: false; message: string }>;
}) {
  return (
    <ConfirmActionDialog
      trigger={
        <Button variant="outline">
          <Trash2 aria-hidden />
          Delete
        </Button>
      }
      title={`Delete ${instanceName}?`}
      description="ComplianceIQ forgets this instance: its stored credentials, health history, sync history and every record synced from it. Nothing changes in ServiceNow. This cannot be undone."
      confirmLabel="Delete instance"
      confirmIcon={<Trash2 aria-hidden />}
      confirm={remove}
      successMessage={`${instanceName} was disconnected`}
      successHref={listHref}
    />
  );
}
