import type { AuditEventView } from "@/lib/audit/schemas";

export const actorTypeLabel: Record<AuditEventView["actorType"], string> = {
  user: "User",
  api_key: "API key",
  system: "System",
};

export function actorName(event: AuditEventView): string {
  return event.actorLabel ?? event.actorId ?? actorTypeLabel[event.actorType];
}

export function targetName(event: AuditEventView): string | null {
  if (!event.targetType && !event.targetId) return null;
  return [event.targetType, event.targetId].filter(Boolean).join(" ");
}

export interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Changes recorded as `{ field: { from, to } }` (or before/after) read best as a diff table; any
 * other shape is shown as JSON.
 */
export function changeRows(changes: Record<string, unknown> | null): ChangeRow[] | null {
  if (!changes) return null;
  const entries = Object.entries(changes);
  if (entries.length === 0) return null;
  const rows: ChangeRow[] = [];
  for (const [field, value] of entries) {
    if (!isRecord(value)) return null;
    const keys = Object.keys(value).sort().join(",");
    if (keys === "from,to") rows.push({ field, before: value.from, after: value.to });
    else if (keys === "after,before") rows.push({ field, before: value.before, after: value.after });
    else return null;
  }
  return rows;
}

export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
