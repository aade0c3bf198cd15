import { z } from "zod";
import { AuditLogFilters } from "./schemas";
import { nextDate, startOfDayIn } from "./time-zone";

/** The audit page's URL: filters as people type them, dates in the organization's time zone. */
export const AUDIT_FILTER_FIELDS = ["actor", "action", "targetType", "targetId", "from", "to", "security"] as const;
export type AuditFilterField = (typeof AUDIT_FILTER_FIELDS)[number];

export type AuditView = "all" | "security";

/** Events per page on the audit page: the server's first page and each "Load more". */
export const AUDIT_PAGE_SIZE = 50;

export interface AuditPageState {
  view: AuditView;
  /** What the form shows, exactly as given (so a mistake can be corrected in place). */
  values: Record<AuditFilterField, string>;
  /** The valid filters, dates turned into instants of the organization's time zone. */
  filters: AuditLogFilters;
  /** A message per field that was not valid (and is therefore not applied). */
  errors: Partial<Record<AuditFilterField, string>>;
  /** The page's own query string for these filters (links: tabs, CSV download). */
  pageQuery: string;
  /** The same filters as /api/v1/audit query parameters (loading more pages). */
  apiQuery: string;
}

type SearchParams = Record<string, string | string[] | undefined>;

const PageFields = {
  actor: AuditLogFilters.shape.actor,
  action: AuditLogFilters.shape.action,
  targetType: AuditLogFilters.shape.targetType,
  targetId: AuditLogFilters.shape.targetId,
  from: z.iso.date("Use a date such as 2026-01-31").optional(),
  to: z.iso.date("Use a date such as 2026-01-31").optional(),
  security: z.literal("true", "Leave empty or use true").optional(),
} satisfies Record<AuditFilterField, z.ZodType>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * Reads the page's search params. Empty fields (a submitted form sends every input) count as
 * absent; an invalid one is reported and ignored rather than failing the whole page.
 */
export function parseAuditSearchParams(searchParams: SearchParams, timeZone: string): AuditPageState {
  const view: AuditView = first(searchParams.view) === "security" ? "security" : "all";
  const values = Object.fromEntries(AUDIT_FILTER_FIELDS.map((f) => [f, first(searchParams[f]).trim()])) as AuditPageState["values"];
  const errors: AuditPageState["errors"] = {};
  const valid: Partial<Record<AuditFilterField, string>> = {};
  for (const field of AUDIT_FILTER_FIELDS) {
    if (values[field] === "") continue;
    const parsed = PageFields[field].safeParse(values[field]);
    if (parsed.success) valid[field] = values[field];
    else errors[field] = parsed.error.issues[0]?.message ?? "Invalid value";
  }
  if (valid.from && valid.to && valid.to < valid.from) {
    errors.to = "The end date is before the start date";
    delete valid.to;
  }

  const filters: AuditLogFilters = {
    actor: valid.actor,
    action: valid.action,
    targetType: valid.targetType,
    targetId: valid.targetId,
    from: valid.from ? startOfDayIn(valid.from, timeZone).toISOString() : undefined,
    // The end date is inclusive on the page: events before the next day starts.
    to: valid.to ? startOfDayIn(nextDate(valid.to), timeZone).toISOString() : undefined,
    security: view === "security" || valid.security === "true" ? true : undefined,
  };
  const page = new URLSearchParams();
  for (const field of AUDIT_FILTER_FIELDS) if (valid[field]) page.set(field, valid[field]);
  if (view === "security") page.set("view", "security");
  return { view, values, filters: compact(filters), errors, pageQuery: page.toString(), apiQuery: auditApiQuery(filters, view) };
}

function compact(filters: AuditLogFilters): AuditLogFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as AuditLogFilters;
}

/** Query parameters for /api/v1/audit/logs (or /security-events, which has no `security`). */
export function auditApiQuery(filters: AuditLogFilters, view: AuditView): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(compact(filters))) {
    if (key === "security" && view === "security") continue;
    query.set(key, String(value));
  }
  return query.toString();
}

export function hasFilters(state: AuditPageState): boolean {
  return AUDIT_FILTER_FIELDS.some((f) => state.values[f] !== "");
}
