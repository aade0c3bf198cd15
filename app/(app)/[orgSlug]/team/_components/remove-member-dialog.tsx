"use client";

import { Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { Member } from "@/lib/members/schemas";
import { removeMemberAction } from "../actions";
import { useAction } from "./use-action";

export function RemoveMemberDialog({ orgSlug, member, onClose }: { orgSlug: string; member: Member | null; onClose: () => void }) {
  const { pending, run } = useAction();
  const who = member ? (member.name ?? member.email) : "";
  return (
    <Dialog open={member !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Remove {who}?</DialogTitle>
          <DialogDescription>
            {who} loses access to this organization at once: its instances, analyses and reports. Their account and
            their other organizations are not affected. You can invite them again later.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button variant="outline" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button
            variant="destructive"
            disabled={pending}
            onClick={() => member && run(() => removeMemberAction(orgSlug, member.id), `${who} was removed`, (r) => r.ok && onClose())}
          >
            {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
            Remove member
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
