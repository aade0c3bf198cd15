"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

const DAY_MS = 86_400_000;
const PRESETS = [
  { value: "never", label: "No expiry" },
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In a year" },
  { value: "custom", label: "On a date…" },
] as const;

/** The chosen expiry as an ISO timestamp (null for none), or why the custom date will not do. */
export function expiryFromForm(form: FormData): { value: string | null; error?: string } {
  const choice = String(form.get("expiry") ?? "never");
  if (choice === "never") return { value: null };
  if (choice !== "custom") return { value: new Date(Date.now() + Number(choice) * DAY_MS).toISOString() };
  const date = String(form.get("expiryDate") ?? "");
  // The end of the chosen day, in the user's own time zone.
  const end = new Date(`${date}T23:59:59`);
  if (!date || Number.isNaN(end.getTime())) return { value: null, error: "Choose the date the key stops working" };
  if (end.getTime() <= Date.now()) return { value: null, error: "The expiry must be in the future" };
  return { value: end.toISOString() };
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function ExpiryField({ error }: { error?: string }) {
  const [choice, setChoice] = useState("90");
  // Fixed when the dialog opens (a render must not read the clock); local, like the date input.
  const [tomorrow] = useState(() => localDate(new Date(Date.now() + DAY_MS)));
  return (
    <div className="grid gap-2">
      <Label id="api-key-expiry-label">Expires</Label>
      <div className="flex flex-wrap gap-2">
        <Select name="expiry" value={choice} onValueChange={setChoice}>
          <SelectTrigger aria-labelledby="api-key-expiry-label" className="w-44">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {PRESETS.map((preset) => (
              <SelectItem key={preset.value} value={preset.value}>
                {preset.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {choice === "custom" ? (
          <Input
            type="date"
            name="expiryDate"
            min={tomorrow}
            aria-label="Expiry date"
            className="w-44"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "api-key-expiry-error" : undefined}
          />
        ) : null}
      </div>
      <p className="text-xs text-muted-foreground">An expiring key limits the damage if it leaks; you can always create a new one.</p>
      {error ? (
        <p id="api-key-expiry-error" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
