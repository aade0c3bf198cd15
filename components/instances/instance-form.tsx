"use client";

import { useId, useState, useTransition, type ReactNode } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { AlertCircle, Loader2 } from "lucide-react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { cn } from "@/components/ui/cn";
import {
  type CreateInstanceInput,
  CreateInstanceInput as CreateSchema,
  type InstanceView,
  type UpdateInstanceInput,
  UpdateInstanceInput as UpdateSchema,
} from "@/lib/instances/schemas";
import type { SyncScheduleValue } from "@/lib/instances/sync-schedule";

export type InstanceFormResult =
  | { ok: true; data: { id: string } }
  | { ok: false; message: string; fieldErrors: Record<string, string> };

type AuthType = "basic" | "oauth";
type ScheduleType = SyncScheduleValue["type"];

export interface InstanceFormProps {
  /** Create sends every field; edit sends only what changed (credentials only when replaced). */
  mode: "create" | "edit";
  instance?: InstanceView;
  submit: (input: CreateInstanceInput & UpdateInstanceInput) => Promise<InstanceFormResult>;
  /** Where Cancel goes, and where a saved instance is shown (`${detailBase}/${id}`). */
  cancelHref: string;
  detailBase: string;
}

function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, error?: string, hint?: boolean) => (error ? `${id}-error` : hint ? `${id}-hint` : undefined);

export function InstanceForm({ mode, instance, submit, cancelHref, detailBase }: InstanceFormProps) {
  const router = useRouter();
  const uid = useId();
  const fid = (name: string) => `${uid}-${name}`;
  const initialSchedule: SyncScheduleValue = instance?.syncSchedule ?? { type: "manual" };

  const [name, setName] = useState(instance?.name ?? "");
  const [url, setUrl] = useState(instance?.url ?? "");
  const [replaceCredentials, setReplaceCredentials] = useState(mode === "create");
  const [authType, setAuthType] = useState<AuthType>(instance?.auth.type ?? "basic");
  const [username, setUsername] = useState(instance?.auth.username ?? "");
  const [password, setPassword] = useState("");
  const [clientId, setClientId] = useState(instance?.auth.clientId ?? "");
  const [clientSecret, setClientSecret] = useState("");
  const [scheduleType, setScheduleType] = useState<ScheduleType>(initialSchedule.type);
  const [expression, setExpression] = useState(initialSchedule.type === "cron" ? initialSchedule.expression : "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const urlChanged = mode === "edit" && instance !== undefined && url.trim().replace(/\/$/, "").toLowerCase() !== instance.url;

  function buildInput(): Record<string, unknown> {
    const auth =
      authType === "basic"
        ? { type: "basic", username, password }
        : { type: "oauth", clientId, clientSecret, username, password };
    const syncSchedule = scheduleType === "cron" ? { type: "cron", expression } : { type: scheduleType };
    if (mode === "create") return { name, url, auth, syncSchedule };
    const input: Record<string, unknown> = {};
    if (name !== instance?.name) input.name = name;
    if (urlChanged) input.url = url;
    if (replaceCredentials) input.auth = auth;
    if (JSON.stringify(syncSchedule) !== JSON.stringify(initialSchedule)) input.syncSchedule = syncSchedule;
    return input;
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const input = buildInput();
    const parsed = (mode === "create" ? CreateSchema : UpdateSchema).safeParse(input);
    const found: Record<string, string> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) found[issue.path.map(String).join(".")] ??= issue.message;
    if (urlChanged && !replaceCredentials) {
      found.auth = "Enter the credentials again when changing the URL: stored credentials are never sent to another host";
      setReplaceCredentials(true);
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    startTransition(async () => {
      const result = await submit(input as CreateInstanceInput & UpdateInstanceInput);
      if (result.ok) {
        router.push(`${detailBase}/${result.data.id}`);
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors);
      setFormError(result.message);
    });
  }

  const err = (path: string) => errors[path];
  const authError = err("auth") ?? err("auth.type");

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-8" aria-busy={pending}>
      {formError ? (
        <div role="alert" className="flex items-start gap-3 rounded-lg border border-destructive/30 bg-destructive/5 p-4 text-sm">
          <AlertCircle aria-hidden className="mt-0.5 size-4 shrink-0 text-destructive" />
          <p>{formError}</p>
        </div>
      ) : null}

      <fieldset className="grid gap-4">
        <legend className="mb-2 text-base font-semibold">Instance</legend>
        <Field id={fid("name")} label="Name" error={err("name")} hint="How the instance is called in ComplianceIQ, e.g. Production GRC">
          <Input
            id={fid("name")}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={100}
            autoComplete="off"
            aria-invalid={Boolean(err("name"))}
            aria-describedby={describedBy(fid("name"), err("name"), true)}
          />
        </Field>
        <Field
          id={fid("url")}
          label="URL"
          error={err("url")}
          hint={
            <>
              https://&lt;name&gt;.service-now.com. For the local simulator (<code>npm run sn:sim</code>): http://localhost:8710
            </>
          }
        >
          <Input
            id={fid("url")}
            type="url"
            inputMode="url"
            placeholder="https://acme.service-now.com"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={Boolean(err("url"))}
            aria-describedby={describedBy(fid("url"), err("url"), true)}
          />
        </Field>
      </fieldset>

      <fieldset className="grid gap-4">
        <legend className="mb-2 text-base font-semibold">Authentication</legend>
        {mode === "edit" && !replaceCredentials ? (
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border p-4 text-sm">
            <p>
              {instance?.auth.type === "oauth" ? "OAuth 2.0" : "Basic"} as <strong>{instance?.auth.username}</strong>
              {instance?.auth.clientId ? <> (client {instance.auth.clientId})</> : null}. Secrets are stored encrypted and
              never shown.
            </p>
            <Button variant="outline" size="sm" onClick={() => setReplaceCredentials(true)}>
              Replace credentials
            </Button>
          </div>
        ) : (
          <>
            {authError ? (
              <p role="alert" className="text-sm text-destructive">
                {authError}
              </p>
            ) : null}
            <div role="radiogroup" aria-label="Authentication type" className="flex flex-wrap gap-2">
              {(
                [
                  ["basic", "Basic", "User name and password"],
                  ["oauth", "OAuth 2.0", "Client credentials and a user (password grant)"],
                ] as const
              ).map(([value, label, description]) => (
                <label
                  key={value}
                  className={cn(
                    "flex min-w-52 flex-1 cursor-pointer items-start gap-3 rounded-lg border p-3 text-sm transition-colors has-focus-visible:ring-2 has-focus-visible:ring-ring",
                    authType === value ? "border-primary bg-primary/5" : "hover:bg-accent",
                  )}
                >
                  <input
                    type="radio"
                    name={fid("auth-type")}
                    value={value}
                    checked={authType === value}
                    onChange={() => setAuthType(value)}
                    className="mt-0.5 accent-primary"
                  />
                  <span className="grid gap-0.5">
                    <span className="font-medium">{label}</span>
                    <span className="text-xs text-muted-foreground">{description}</span>
                  </span>
                </label>
              ))}
            </div>
            {authType === "oauth" ? (
              <div className="grid gap-4 sm:grid-cols-2">
                <Field id={fid("client-id")} label="Client id" error={err("auth.clientId")}>
                  <Input
                    id={fid("client-id")}
                    value={clientId}
                    onChange={(e) => setClientId(e.target.value)}
                    autoComplete="off"
                    spellCheck={false}
                    aria-invalid={Boolean(err("auth.clientId"))}
                    aria-describedby={describedBy(fid("client-id"), err("auth.clientId"))}
                  />
                </Field>
                <Field id={fid("client-secret")} label="Client secret" error={err("auth.clientSecret")}>
                  <Input
                    id={fid("client-secret")}
                    type="password"
                    value={clientSecret}
                    onChange={(e) => setClientSecret(e.target.value)}
                    autoComplete="off"
                    aria-invalid={Boolean(err("auth.clientSecret"))}
                    aria-describedby={describedBy(fid("client-secret"), err("auth.clientSecret"))}
                  />
                </Field>
              </div>
            ) : null}
            <div className="grid gap-4 sm:grid-cols-2">
              <Field id={fid("username")} label="User name" error={err("auth.username")}>
                <Input
                  id={fid("username")}
                  value={username}
                  onChange={(e) => setUsername(e.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={Boolean(err("auth.username"))}
                  aria-describedby={describedBy(fid("username"), err("auth.username"))}
                />
              </Field>
              <Field id={fid("password")} label="Password" error={err("auth.password")}>
                <Input
                  id={fid("password")}
                  type="password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  autoComplete="new-password"
                  aria-invalid={Boolean(err("auth.password"))}
                  aria-describedby={describedBy(fid("password"), err("auth.password"))}
                />
              </Field>
            </div>
            <p className="text-xs text-muted-foreground">
              Use a dedicated integration user with read access to the GRC tables. Credentials are encrypted at rest and are
              never shown again{mode === "edit" ? "; saving replaces the stored ones" : ""}.
            </p>
            {mode === "edit" && !urlChanged ? (
              <Button variant="ghost" size="sm" className="justify-self-start" onClick={() => setReplaceCredentials(false)}>
                Keep the stored credentials
              </Button>
            ) : null}
          </>
        )}
      </fieldset>

      <fieldset className="grid gap-4">
        <legend className="mb-2 text-base font-semibold">Sync schedule</legend>
        <div className="grid gap-1.5">
          <Label id={fid("schedule-label")}>How often to sync</Label>
          <Select value={scheduleType} onValueChange={(v) => setScheduleType(v as ScheduleType)}>
            <SelectTrigger aria-labelledby={fid("schedule-label")} className="w-full sm:w-72">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="manual">Manually</SelectItem>
              <SelectItem value="hourly">Hourly (on the hour)</SelectItem>
              <SelectItem value="daily">Daily (at midnight)</SelectItem>
              <SelectItem value="cron">Custom (cron expression)</SelectItem>
            </SelectContent>
          </Select>
          <p className="text-xs text-muted-foreground">Times are in the organization&apos;s time zone.</p>
        </div>
        {scheduleType === "cron" ? (
          <Field
            id={fid("cron")}
            label="Cron expression"
            error={err("syncSchedule.expression") ?? err("syncSchedule")}
            hint="Five fields: minute hour day-of-month month day-of-week, e.g. 0 6 * * 1-5 (06:00 on weekdays). At least 15 minutes apart."
          >
            <Input
              id={fid("cron")}
              value={expression}
              onChange={(e) => setExpression(e.target.value)}
              placeholder="0 6 * * 1-5"
              className="font-mono sm:w-72"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={Boolean(err("syncSchedule.expression"))}
              aria-describedby={describedBy(fid("cron"), err("syncSchedule.expression"), true)}
            />
          </Field>
        ) : null}
      </fieldset>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {mode === "create" ? "Connect instance" : "Save changes"}
        </Button>
        <Link href={cancelHref} className={buttonClasses({ variant: "outline" })}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

