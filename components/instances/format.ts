import type { BadgeVariant } from "@/components/ui/badge";
import type { InstanceHealthStatus, InstanceView } from "@/lib/instances/schemas";

/** Health checks per page, on the detail page and in its "Load older checks". */
export const HEALTH_PAGE_SIZE = 50;

export const healthLabel: Record<InstanceHealthStatus, string> = {
  unknown: "Not checked",
  healthy: "Healthy",
  degraded: "Degraded",
  down: "Down",
  auth_failed: "Auth failed",
};

export const healthBadge: Record<InstanceHealthStatus, BadgeVariant> = {
  unknown: "secondary",
  healthy: "success",
  degraded: "warning",
  down: "destructive",
  auth_failed: "destructive",
};

/** What each status means, for the badge's tooltip and screen readers. */
export const healthDescription: Record<InstanceHealthStatus, string> = {
  unknown: "No health check has run since the instance was connected or its connection changed",
  healthy: "The last check authenticated and answered within 2 seconds",
  degraded: "The last check was slow (over 2 seconds) or some tables could not be read",
  down: "The last check could not reach the instance",
  auth_failed: "ServiceNow refused the stored credentials",
};

export const breakerLabel: Record<string, string> = {
  closed: "Closed (requests flow)",
  open: "Open (requests paused)",
  half_open: "Half-open (one trial request allowed)",
};

export function authLabel(auth: InstanceView["auth"]): string {
  return auth.type === "oauth" ? "OAuth 2.0" : "Basic";
}

const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const shortFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

export const formatDateTime = (iso: string) => fullFormat.format(new Date(iso));
export const formatShort = (iso: string) => shortFormat.format(new Date(iso));

export function formatLatency(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1_000 ? `${ms} ms` : `${(ms / 1_000).toFixed(1)} s`;
}
