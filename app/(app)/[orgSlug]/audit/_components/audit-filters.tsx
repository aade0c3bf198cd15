import Link from "next/link";
import { Filter, X } from "lucide-react";
import type { AuditFilterField, AuditPageState } from "@/lib/audit/search-params";
import { Button, buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

interface FieldSpec {
  name: AuditFilterField;
  label: string;
  type: "text" | "date";
  placeholder?: string;
  hint?: string;
}

const FIELDS: FieldSpec[] = [
  { name: "actor", label: "Actor", type: "text", placeholder: "Email, key name or id" },
  { name: "action", label: "Action", type: "text", placeholder: "member.role_changed", hint: "End with a dot for a whole area: member." },
  { name: "targetType", label: "Target type", type: "text", placeholder: "team" },
  { name: "targetId", label: "Target id", type: "text", placeholder: "Exact id" },
  { name: "from", label: "From", type: "date" },
  { name: "to", label: "To", type: "date", hint: "Inclusive" },
];

/**
 * A plain GET form: the filters live in the URL, so a filtered view can be bookmarked or shared,
 * and it works before any JavaScript has loaded. Dates are days in the organization's time zone.
 */
export function AuditFilters({ orgSlug, state, timeZone }: { orgSlug: string; state: AuditPageState; timeZone: string }) {
  const clearHref = `/${orgSlug}/audit${state.view === "security" ? "?view=security" : ""}`;
  return (
    <form method="get" action={`/${orgSlug}/audit`} className="grid gap-4 rounded-xl border bg-card p-4" aria-label="Filter the audit log">
      {state.view === "security" ? <input type="hidden" name="view" value="security" /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.map((field) => {
          const id = `audit-filter-${field.name}`;
          const error = state.errors[field.name];
          const describedBy = [error ? `${id}-error` : null, field.hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
          return (
            <div key={field.name} className="grid content-start gap-1.5">
              <label htmlFor={id} className="text-sm font-medium">
                {field.label}
                {field.type === "date" ? <span className="font-normal text-muted-foreground"> ({timeZone})</span> : null}
              </label>
              <Input
                id={id}
                name={field.name}
                type={field.type}
                defaultValue={state.values[field.name]}
                placeholder={field.placeholder}
                maxLength={field.type === "text" ? 200 : undefined}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                autoComplete="off"
              />
              {field.hint ? (
                <p id={`${id}-hint`} className="text-xs text-muted-foreground">
                  {field.hint}
                </p>
              ) : null}
              {error ? (
                <p id={`${id}-error`} className="text-xs text-destructive">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        {state.view === "security" ? (
          <span className="text-sm text-muted-foreground">Showing security events only.</span>
        ) : (
          <div className="grid gap-1">
            <label className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="security"
                value="true"
                defaultChecked={state.values.security === "true"}
                className="size-4 rounded border-input accent-primary"
              />
              Security events only
            </label>
            {state.errors.security ? <p className="text-xs text-destructive">{state.errors.security}</p> : null}
          </div>
        )}
        <div className="flex gap-2">
          <Link href={clearHref} className={buttonClasses({ variant: "ghost" })}>
            <X aria-hidden />
            Clear
          </Link>
          <Button type="submit">
            <Filter aria-hidden />
            Apply filters
          </Button>
        </div>
      </div>
    </form>
  );
}
