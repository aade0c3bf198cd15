import { auditHash } from "@/lib/audit/audit-hash";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createMember } from "./factories";

export interface SeedEvent {
  action: string;
  occurredAt?: Date;
  actorType?: "USER" | "API_KEY" | "SYSTEM";
  actorId?: string | null;
  actorLabel?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  changes?: Record<string, unknown> | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
  security?: boolean;
}

/**
 * Appends events with chosen times (and anything else) to an organization's chain, hashed exactly
 * as appendAuditEvent does, so the chain still verifies. For tests of filters and exports.
 */
export async function seedAuditEvents(organizationId: string, events: readonly SeedEvent[]): Promise<{ id: string; seq: bigint }[]> {
  const last = await db.auditEvent.findFirst({ where: { organizationId }, orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  let seq = last?.seq ?? 0n;
  let prevHash = last?.hash ?? null;
  const rows = events.map((event) => {
    seq += 1n;
    const fields = {
      organizationId,
      seq,
      occurredAt: event.occurredAt ?? new Date(),
      actorType: event.actorType ?? "USER",
      actorId: event.actorId ?? null,
      actorLabel: event.actorLabel ?? null,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      changes: event.changes ?? null,
      ip: event.ip ?? null,
      userAgent: event.userAgent ?? null,
      requestId: event.requestId ?? null,
      security: event.security ?? false,
      prevHash,
    };
    const hash = auditHash(fields);
    prevHash = hash;
    return { ...fields, changes: (fields.changes ?? undefined) as Prisma.InputJsonObject | undefined, hash };
  });
  return db.auditEvent.createManyAndReturn({ data: rows, select: { id: true, seq: true } });
}

const at = (iso: string) => new Date(iso);

/** An organization with a known log: the factory's organization.created, then these seven. */
export async function organizationWithLog() {
  const admin = await createMember("ORG_ADMIN");
  const orgId = admin.organization.id;
  const seeded = await seedAuditEvents(orgId, [
    { action: "team.created", occurredAt: at("2026-01-01T10:00:00Z"), actorId: admin.user.id, actorLabel: "Alice@Example.test", targetType: "team", targetId: "team-1" },
    { action: "member.invited", occurredAt: at("2026-01-02T10:00:00Z"), actorId: admin.user.id, actorLabel: "alice@example.test", targetType: "invitation", targetId: "inv-1" },
    { action: "member.role_changed", occurredAt: at("2026-01-03T10:00:00Z"), actorId: "key-1", actorType: "API_KEY", actorLabel: "CI key 50%_off", targetType: "membership", targetId: "m-1", security: true, changes: { role: { from: "Viewer", to: "Analyst" } } },
    { action: "auth.login_failed", occurredAt: at("2026-01-04T10:00:00Z"), actorType: "SYSTEM", actorLabel: "bob@example.test", security: true, ip: "203.0.113.9" },
    { action: "membership.removed", occurredAt: at("2026-01-05T10:00:00Z"), actorId: admin.user.id, actorLabel: "alice@example.test", targetType: "membership", targetId: "m-2" },
    { action: "team.renamed", occurredAt: at("2026-01-06T10:00:00Z"), actorId: admin.user.id, actorLabel: "alice@example.test", targetType: "team", targetId: "team-1", changes: { name: { from: "Ops", to: "=HYPERLINK(\"http://evil\")" } } },
    { action: "user.mfa_enabled", occurredAt: at("2026-01-07T10:00:00Z"), actorId: admin.user.id, actorLabel: "alice@example.test", security: true },
  ]);
  return { admin, orgId, seeded };
}
