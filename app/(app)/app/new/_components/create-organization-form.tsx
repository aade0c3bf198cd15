"use client";

import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { createOrganizationAction } from "../actions";

const selectClasses = "flex h-9 w-full rounded-md border border-input bg-background px-3 text-sm shadow-xs aria-invalid:border-destructive";

function browserTimeZone(timeZones: string[]): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return timeZones.includes(zone) ? zone : "UTC";
  } catch {
    return "UTC";
  }
}

export function CreateOrganizationForm({ timeZones }: { timeZones: string[] }) {
  const id = useId();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const timeZoneRef = useRef<HTMLSelectElement>(null);
  // The server renders UTC; the browser then suggests its own zone (a DOM default, not state, so hydration matches).
  useEffect(() => {
    if (timeZoneRef.current && timeZoneRef.current.value === "UTC") timeZoneRef.current.value = browserTimeZone(timeZones);
  }, [timeZones]);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const slug = String(form.get("slug") ?? "").trim();
    const input = { name: String(form.get("name") ?? ""), timeZone: String(form.get("timeZone") ?? "UTC"), ...(slug ? { slug } : {}) };
    startTransition(async () => {
      const result = await createOrganizationAction(input);
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
        return;
      }
      router.push(`/${result.data.slug}`);
      router.refresh();
    });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-5" noValidate>
      <div className="grid gap-2">
        <Label htmlFor={`${id}-name`}>Organization name</Label>
        <Input
          id={`${id}-name`}
          name="name"
          required
          maxLength={100}
          autoFocus
          aria-invalid={Boolean(errors.name) || undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
        />
        {errors.name ? (
          <p id={`${id}-name-error`} className="text-xs text-destructive">
            {errors.name}
          </p>
        ) : null}
      </div>
      <div className="grid gap-2">
        <Label htmlFor={`${id}-slug`}>URL slug (optional)</Label>
        <Input
          id={`${id}-slug`}
          name="slug"
          maxLength={48}
          placeholder="derived from the name"
          spellCheck={false}
          aria-invalid={Boolean(errors.slug) || undefined}
          aria-describedby={`${id}-slug-${errors.slug ? "error" : "hint"}`}
        />
        {errors.slug ? (
          <p id={`${id}-slug-error`} className="text-xs text-destructive">
            {errors.slug}
          </p>
        ) : (
          <p id={`${id}-slug-hint`} className="text-xs text-muted-foreground">
            Lowercase letters, digits and hyphens; it starts every URL of the organization.
          </p>
        )}
      </div>
      <div className="grid gap-2">
        <Label htmlFor={`${id}-timeZone`}>Time zone</Label>
        <select
          id={`${id}-timeZone`}
          ref={timeZoneRef}
          name="timeZone"
          defaultValue="UTC"
          className={selectClasses}
          aria-invalid={Boolean(errors.timeZone) || undefined}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {errors.timeZone ? <p className="text-xs text-destructive">{errors.timeZone}</p> : null}
      </div>
      {message ? (
        <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">
          {message}
        </p>
      ) : null}
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        Create organization
      </Button>
    </form>
  );
}
