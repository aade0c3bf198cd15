"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Loader2, Plus } from "lucide-react";
import type { CreatedApiKey } from "@/lib/api-keys/schemas";
import type { Permission } from "@/lib/permissions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { createApiKeyAction } from "../actions";
import { CreatedKeyPanel } from "./created-key-panel";
import { ExpiryField, expiryFromForm } from "./expiry-field";
import { PermissionChecklist } from "./permission-checklist";

type FieldErrors = Partial<Record<"name" | "permissions" | "expiresAt", string>>;

function fieldErrorsOf(errors: Record<string, string>): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.split(".")[0];
    if (field === "name" || field === "permissions" || field === "expiresAt") result[field] ??= message;
  }
  return result;
}

export function CreateApiKeyDialog({ orgSlug, grantable }: { orgSlug: string; grantable: Permission[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) return;
    if (created) router.refresh();
    setCreated(null);
    setErrors({});
    setFormError(null);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const expiry = expiryFromForm(form);
    if (expiry.error) {
      setErrors({ expiresAt: expiry.error });
      return;
    }
    setPending(true);
    setErrors({});
    setFormError(null);
    const result = await createApiKeyAction(orgSlug, {
      name: String(form.get("name") ?? ""),
      permissions: form.getAll("permissions").map(String),
      expiresAt: expiry.value,
    });
    setPending(false);
    if (result.ok) {
      setCreated(result.data);
      return;
    }
    const fields = fieldErrorsOf(result.fieldErrors);
    setErrors(fields);
    if (Object.keys(fields).length === 0) setFormError(result.message);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          Create API key
        </Button>
      </DialogTrigger>
      <DialogContent
        className="max-h-[90dvh] max-w-2xl overflow-y-auto"
        // The secret is shown once: a stray click outside must not throw it away.
        onInteractOutside={(event) => {
          if (created) event.preventDefault();
        }}
      >
        {created ? (
          <CreatedKeyPanel created={created} onDone={() => onOpenChange(false)} />
        ) : (
          <form method="post" onSubmit={onSubmit} className="grid gap-5" noValidate>
            <DialogHeader>
              <DialogTitle>Create an API key</DialogTitle>
              <DialogDescription>The key acts for this organization with the permissions you choose, and nothing more.</DialogDescription>
            </DialogHeader>
            <div className="grid gap-2">
              <Label htmlFor="api-key-name">Name</Label>
              <Input
                id="api-key-name"
                name="name"
                required
                maxLength={100}
                placeholder="e.g. Nightly export"
                aria-invalid={errors.name ? true : undefined}
                aria-describedby={errors.name ? "api-key-name-error" : undefined}
              />
              {errors.name ? (
                <p id="api-key-name-error" className="text-sm text-destructive">
                  {errors.name}
                </p>
              ) : null}
            </div>
            <PermissionChecklist grantable={grantable} error={errors.permissions} />
            <ExpiryField error={errors.expiresAt} />
            {formError ? (
              <p role="alert" className="text-sm text-destructive">
                {formError}
              </p>
            ) : null}
            <DialogFooter>
              <Button variant="outline" onClick={() => onOpenChange(false)} disabled={pending}>
                Cancel
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
                Create key
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
