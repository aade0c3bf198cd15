import type { ActorContext, ActorType, RequestMeta } from "@/lib/auth/context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditHash } from "./audit-hash";
import { redactChanges } from "./redact";

/** What happened: `instance.created`, `member.role_changed`, ... */
export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  /** A summary of what changed, never secrets (secret-looking keys are masked anyway). */
  changes?: Record<string, unknown>;
  /** Security events (failed sign-ins, lockouts, 2FA and role changes, keys) are listed separately. */
  security?: boolean;
}

export interface AuditActor extends RequestMeta {
  organizationId: string;
  actorType: ActorType;
  actorId?: string;
  actorLabel?: string;
}

const ACTOR_TYPES = { user: "USER", api_key: "API_KEY", system: "SYSTEM" } as const;

/**
 * Appends one event to the organization's hash chain, inside the caller's transaction, so the
 * event exists exactly when the change it describes does. A per-organization advisory lock
 * serialises appends, so two concurrent events cannot claim the same predecessor.
 */
export async function appendAuditEvent(tx: Prisma.TransactionClient, actor: AuditActor, entry: AuditEntry) {
  const { organizationId } = actor;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`audit:${organizationId}`}, 0))`;
  const previous = await tx.auditEvent.findFirst({
    where: { organizationId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const fields = {
    organizationId,
    seq: (previous?.seq ?? 0n) + 1n,
    occurredAt: new Date(),
    actorType: ACTOR_TYPES[actor.actorType],
    actorId: actor.actorId ?? null,
    actorLabel: actor.actorLabel ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    changes: redactChanges(entry.changes) ?? null,
    ip: actor.ip ?? null,
    userAgent: actor.userAgent?.slice(0, 512) ?? null,
    requestId: actor.requestId ?? null,
    security: entry.security ?? false,
    prevHash: previous?.hash ?? null,
  };
  return tx.auditEvent.create({
    data: { ...fields, changes: (fields.changes ?? undefined) as Prisma.InputJsonObject | undefined, hash: auditHash(fields) },
    select: { id: true, seq: true },
  });
}

/** The audit actor of a use case's context. */
export function auditActorOf(ctx: ActorContext): AuditActor {
  return {
    organizationId: ctx.organizationId,
    actorType: ctx.actorType,
    actorId: ctx.actorId,
    actorLabel: ctx.actorLabel,
    requestId: ctx.requestId,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  };
}
