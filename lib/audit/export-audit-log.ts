import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { type CsvValue, csvFileName, csvStream } from "@/lib/export/csv";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { auditOrganization, auditWhere, findAuditEventPage, toAuditEventView } from "./queries";
import type { AuditEventView, AuditLogFilters } from "./schemas";
import { formatInTimeZone } from "./time-zone";

/** Rows per database round trip while streaming; memory holds one batch at a time. */
export const EXPORT_BATCH = 500;

export const AUDIT_CSV_HEADER = [
  "occurred_at_utc",
  "occurred_at_local",
  "time_zone",
  "seq",
  "actor_type",
  "actor_id",
  "actor_label",
  "action",
  "target_type",
  "target_id",
  "security",
  "ip",
  "user_agent",
  "request_id",
  "changes",
  "id",
  "hash",
  "prev_hash",
] as const;

function csvRecord(event: AuditEventView, timeZone: string): CsvValue[] {
  return [
    event.occurredAt,
    formatInTimeZone(event.occurredAt, timeZone),
    timeZone,
    event.seq,
    event.actorType,
    event.actorId,
    event.actorLabel,
    event.action,
    event.targetType,
    event.targetId,
    event.security,
    event.ip,
    event.userAgent,
    event.requestId,
    event.changes ? JSON.stringify(event.changes) : null,
    event.id,
    event.hash,
    event.prevHash,
  ];
}

export interface AuditLogExport {
  fileName: string;
  /** UTF-8 CSV with a BOM, newest event first, produced batch by batch as it is read. */
  stream: ReadableStream<Uint8Array>;
}

/**
 * The filtered log as CSV. The first batch is read before returning, so a failure there is still
 * an ordinary error response; later batches each run in their own short tenant transaction.
 */
export async function exportAuditLog(ctx: ActorContext, filters: AuditLogFilters): Promise<AuditLogExport> {
  authorize(ctx, "audit:read");
  const { slug, timeZone } = await auditOrganization(ctx);
  const where = auditWhere(filters);
  const scope = { organizationId: ctx.organizationId, userId: ctx.actorId };
  const readBatch = (afterSeq?: bigint) => withTenant(scope, (tx) => findAuditEventPage(tx, where, EXPORT_BATCH, afterSeq));
  const first = await readBatch();

  async function* batches() {
    let page = first;
    for (;;) {
      const events = page.rows.map(toAuditEventView);
      yield events.map((event) => csvRecord(event, timeZone));
      const last = page.rows.at(-1);
      if (!page.more || !last) return;
      page = await readBatch(last.seq);
    }
  }

  const date = new Date().toISOString().slice(0, 10);
  return { fileName: csvFileName("audit-log", slug, date), stream: csvStream(AUDIT_CSV_HEADER, batches()) };
}
