import type { ActorContext } from "@/lib/auth/context";
import { decodeCursor, encodeCursor } from "@/lib/api/pagination";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type TenantTx, withTenant } from "@/lib/tenancy/with-tenant";
import { AuditCursor, type AuditEventView, type AuditLogFilters } from "./schemas";

export interface AuditEventPage {
  data: AuditEventView[];
  nextCursor: string | null;
}

export interface AuditPageRequest {
  filters: AuditLogFilters;
  limit: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

export const auditEventSelect = {
  id: true,
  seq: true,
  occurredAt: true,
  actorType: true,
  actorId: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  changes: true,
  ip: true,
  userAgent: true,
  requestId: true,
  security: true,
  prevHash: true,
  hash: true,
} as const satisfies Prisma.AuditEventSelect;

type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

const ACTOR_TYPES = { USER: "user", API_KEY: "api_key", SYSTEM: "system" } as const;

export function toAuditEventView(row: AuditEventRow): AuditEventView {
  const changes = row.changes;
  return {
    ...row,
    seq: row.seq.toString(),
    occurredAt: row.occurredAt.toISOString(),
    actorType: ACTOR_TYPES[row.actorType],
    changes: changes && typeof changes === "object" && !Array.isArray(changes) ? (changes as Record<string, unknown>) : null,
  };
}

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `from` is inclusive; `to` is exclusive, except that a bare date includes that whole day. */
export function instantOf(value: string, bound: "from" | "to"): Date {
  if (!DATE_ONLY.test(value)) return new Date(value);
  const start = new Date(`${value}T00:00:00.000Z`);
  return bound === "to" ? new Date(start.getTime() + DAY_MS) : start;
}

/** LIKE treats % and _ as wildcards: a search for "50%" must match the text, not everything. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The WHERE clause of a filtered log (the tenant scope adds the organization). */
export function auditWhere(filters: AuditLogFilters): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.actor) {
    and.push({ OR: [{ actorId: filters.actor }, { actorLabel: { contains: escapeLike(filters.actor), mode: "insensitive" } }] });
  }
  if (filters.action) {
    const { action } = filters;
    if (action.endsWith("*")) and.push({ action: { startsWith: escapeLike(action.slice(0, -1)) } });
    else if (action.endsWith(".")) and.push({ action: { startsWith: escapeLike(action) } });
    else and.push({ action });
  }
  if (filters.targetType) and.push({ targetType: filters.targetType });
  if (filters.targetId) and.push({ targetId: filters.targetId });
  if (filters.from) and.push({ occurredAt: { gte: instantOf(filters.from, "from") } });
  if (filters.to) and.push({ occurredAt: { lt: instantOf(filters.to, "to") } });
  if (filters.security !== undefined) and.push({ security: filters.security });
  return and.length > 0 ? { AND: and } : {};
}

/** Newest first, in chain order: `seq` is unique per organization, so the cursor never skips or repeats. */
export async function findAuditEventPage(tx: TenantTx, where: Prisma.AuditEventWhereInput, limit: number, afterSeq?: bigint) {
  const rows = await tx.auditEvent.findMany({
    where: afterSeq === undefined ? where : { AND: [where, { seq: { lt: afterSeq } }] },
    orderBy: { seq: "desc" },
    take: limit + 1,
    select: auditEventSelect,
  });
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

/** One page of the organization's log. Callers authorize first. */
export async function auditEventPage(ctx: ActorContext, request: AuditPageRequest): Promise<AuditEventPage> {
  const afterSeq = request.cursor ? BigInt(decodeCursor(request.cursor, AuditCursor).seq) : undefined;
  const { rows, more } = await withTenant({ organizationId: ctx.organizationId, userId: ctx.actorId }, (tx) =>
    findAuditEventPage(tx, auditWhere(request.filters), request.limit, afterSeq),
  );
  const data = rows.map(toAuditEventView);
  const last = data.at(-1);
  return { data, nextCursor: more && last ? encodeCursor({ id: last.id, seq: last.seq }) : null };
}

/** The organization's slug and time zone, for file names and for showing times as its members expect. */
export async function auditOrganization(ctx: ActorContext): Promise<{ slug: string; timeZone: string }> {
  const organization = await withTenant({ organizationId: ctx.organizationId }, (tx) =>
    tx.organization.findFirst({ select: { slug: true, timeZone: true } }),
  );
  return organization ?? { slug: "organization", timeZone: "UTC" };
}
