import { createHash } from "node:crypto";

/** The fields an audit event's hash covers: everything but its own id and hash. */
export interface HashedAuditFields {
  organizationId: string;
  seq: bigint;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  changes: unknown;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  security: boolean;
  prevHash: string | null;
}

/** SHA-256 over a canonical JSON form (sorted keys), chained to the previous event's hash. */
export function auditHash(fields: HashedAuditFields): string {
  // Field by field: a row read back from the database also carries its id and hash.
  const canonical = canonicalJson({
    organizationId: fields.organizationId,
    seq: fields.seq.toString(),
    occurredAt: fields.occurredAt.toISOString(),
    actorType: fields.actorType,
    actorId: fields.actorId,
    actorLabel: fields.actorLabel,
    action: fields.action,
    targetType: fields.targetType,
    targetId: fields.targetId,
    changes: fields.changes,
    ip: fields.ip,
    userAgent: fields.userAgent,
    requestId: fields.requestId,
    security: fields.security,
    prevHash: fields.prevHash,
  });
  return createHash("sha256").update(canonical).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
