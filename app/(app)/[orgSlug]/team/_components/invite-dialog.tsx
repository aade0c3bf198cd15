"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { Loader2, UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import { inviteMemberAction } from "../actions";
import { FieldError } from "./field-error";

export interface InviteRoleOption {
  id: string;
  name: string;
  description: string | null;
}

export function InviteDialog({ orgSlug, roles }: { orgSlug: string; roles: InviteRoleOption[] }) {
  const id = useId();
  const { toast } = useToast();
  const [open, setOpen] = useState(false);
  const [roleId, setRoleId] = useState(() => roles.find((r) => r.name === "Viewer")?.id ?? roles[0]?.id ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    startTransition(async () => {
      const result = await inviteMemberAction(orgSlug, { email, roleId });
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
        return;
      }
      setErrors({});
      setMessage(null);
      setOpen(false);
      toast(
        result.data.emailSent
          ? { title: `Invitation sent to ${result.data.email}`, description: "The link in the email is valid for 7 days.", variant: "success" }
          : { title: `Invitation created for ${result.data.email}`, description: "The email could not be sent; use Resend in a minute.", variant: "destructive" },
      );
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          setErrors({});
          setMessage(null);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden />
          Invite
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form method="post" onSubmit={onSubmit} className="grid gap-5" noValidate>
          <DialogHeader>
            <DialogTitle>Invite a colleague</DialogTitle>
            <DialogDescription>They get an email with a link to join. New colleagues create their account from the link.</DialogDescription>
          </DialogHeader>
          <div className="grid gap-2">
            <Label htmlFor={`${id}-email`}>Email</Label>
            <Input
              id={`${id}-email`}
              name="email"
              type="email"
              autoComplete="off"
              required
              maxLength={254}
              aria-invalid={Boolean(errors.email) || undefined}
              aria-describedby={errors.email ? `${id}-email-error` : undefined}
            />
            <FieldError id={`${id}-email-error`} message={errors.email} />
          </div>
          <div className="grid gap-2">
            <Label id={`${id}-role-label`}>Role</Label>
            <Select value={roleId} onValueChange={setRoleId}>
              <SelectTrigger aria-labelledby={`${id}-role-label`} aria-invalid={Boolean(errors.roleId) || undefined}>
                <SelectValue placeholder="Choose a role" />
              </SelectTrigger>
              <SelectContent>
                {roles.map((role) => (
                  <SelectItem key={role.id} value={role.id}>
                    {role.name}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <p className="text-xs text-muted-foreground">{roles.find((r) => r.id === roleId)?.description ?? "You can change roles later."}</p>
            <FieldError id={`${id}-role-error`} message={errors.roleId} />
          </div>
          {message ? (
            <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">
              {message}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending || !roleId}>
              {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
              Send invitation
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
