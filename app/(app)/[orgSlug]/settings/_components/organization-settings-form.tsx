"use client";

import { useId, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useToast } from "@/components/ui/toast";
import { updateOrganizationAction } from "../actions";

interface Settings {
  name: string;
  slug: string;
  timeZone: string;
  retentionDays: number;
  require2fa: boolean;
}

const selectClasses =
  "flex h-9 w-full rounded-md border border-input bg-background px-3 text-sm shadow-xs disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive";

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-destructive">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function OrganizationSettingsForm({
  orgSlug,
  settings,
  timeZones,
  retention,
  canEdit,
}: {
  orgSlug: string;
  settings: Settings;
  timeZones: string[];
  retention: { min: number; max: number };
  canEdit: boolean;
}) {
  const id = useId();
  const router = useRouter();
  const { toast } = useToast();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const described = (field: string) => (errors[field] ? `${id}-${field}-error` : `${id}-${field}-hint`);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const retentionRaw = String(form.get("retentionDays") ?? "");
    const input = {
      name: String(form.get("name") ?? ""),
      slug: String(form.get("slug") ?? ""),
      timeZone: String(form.get("timeZone") ?? ""),
      // A non-number stays a string, so the schema names the field instead of silently dropping it.
      retentionDays: /^\d+$/.test(retentionRaw) ? Number(retentionRaw) : retentionRaw,
      require2fa: form.get("require2fa") === "on",
    };
    startTransition(async () => {
      const result = await updateOrganizationAction(orgSlug, input);
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
        return;
      }
      setErrors({});
      setMessage(null);
      toast({ title: "Settings saved", variant: "success" });
      if (result.data.slug !== orgSlug) router.replace(`/${result.data.slug}/settings`);
      else router.refresh();
    });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid max-w-xl gap-5" noValidate>
      <fieldset disabled={!canEdit || pending} className="grid gap-5">
        {!canEdit ? <legend className="mb-1 text-sm text-muted-foreground">Only members with organizations:update can change these.</legend> : null}
        <Field id={`${id}-name`} label="Name" error={errors.name}>
          <Input id={`${id}-name`} name="name" required maxLength={100} defaultValue={settings.name} aria-invalid={Boolean(errors.name) || undefined} aria-describedby={errors.name ? `${id}-name-error` : undefined} />
        </Field>
        <Field id={`${id}-slug`} label="Slug" error={errors.slug} hint="Lowercase letters, digits and hyphens.">
          <Input id={`${id}-slug`} name="slug" required maxLength={48} defaultValue={settings.slug} aria-invalid={Boolean(errors.slug) || undefined} aria-describedby={described("slug")} />
        </Field>
        <Field id={`${id}-timeZone`} label="Time zone" error={errors.timeZone}>
          <select id={`${id}-timeZone`} name="timeZone" defaultValue={settings.timeZone} className={selectClasses} aria-invalid={Boolean(errors.timeZone) || undefined}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-retentionDays`} label="Data retention (days)" error={errors.retentionDays} hint={`How long sync history, health checks and quarantined records are kept (a daily job deletes older ones; the audit log is kept in full): ${retention.min} to ${retention.max} days.`}>
          <Input
            id={`${id}-retentionDays`}
            name="retentionDays"
            type="number"
            inputMode="numeric"
            min={retention.min}
            max={retention.max}
            required
            defaultValue={settings.retentionDays}
            className="w-32"
            aria-invalid={Boolean(errors.retentionDays) || undefined}
            aria-describedby={described("retentionDays")}
          />
        </Field>
        <div className="grid gap-1">
          <label htmlFor={`${id}-require2fa`} className="flex items-start gap-2.5 text-sm">
            <input id={`${id}-require2fa`} name="require2fa" type="checkbox" defaultChecked={settings.require2fa} className="mt-0.5 size-4 accent-primary" aria-describedby={described("require2fa")} />
            <span>
              <span className="font-medium">Require two-factor authentication</span>
              <span className="block text-muted-foreground">Members without 2FA are sent to their account settings to turn it on before they can continue.</span>
            </span>
          </label>
          {errors.require2fa ? (
            <p id={`${id}-require2fa-error`} className="text-xs text-destructive">
              {errors.require2fa}
            </p>
          ) : null}
        </div>
      </fieldset>
      {message ? (
        <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">
          {message}
        </p>
      ) : null}
      {canEdit ? (
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
            Save settings
          </Button>
        </div>
      ) : null}
    </form>
  );
}
