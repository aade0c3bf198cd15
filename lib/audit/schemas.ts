import { z } from "zod";

/** A date-time with an offset (`2026-01-02T03:04:05Z`) or a calendar date in UTC (`2026-01-02`). */
const Instant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/**
 * The filters of the audit log, shared by the REST list, the CSV export and the page. Every field
 * is bounded, so a hostile query string is a 400 rather than a slow query.
 */
export const AuditLogFilters = z.object({
  actor: z.string().trim().min(1).max(200).optional().describe("Actor id (exact) or a part of the actor's label, e.g. an email"),
  action: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_.:-]+\*?$/, "Use an action such as member.role_changed, or a prefix such as member. or member.*")
    .optional()
    .describe("An action (`member.role_changed`), or every action of a domain: `member.` or `member.*`"),
  targetType: z.string().trim().min(1).max(64).optional().describe("The target's type, e.g. `team`"),
  targetId: z.string().trim().min(1).max(200).optional().describe("The target's id"),
  from: Instant.optional().describe("Events at or after this time; a date means its start (UTC)"),
  to: Instant.optional().describe("Events before this time; a date includes that whole day (UTC)"),
  security: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional()
    .describe("`true` for security events only (failed sign-ins, lockouts, 2FA, role and key changes)"),
});
export type AuditLogFilters = z.output<typeof AuditLogFilters>;

/** The security-events list is the log with `security` fixed. */
export const SecurityEventFilters = AuditLogFilters.omit({ security: true });

export const AuditEventIdParams = z.object({ logId: z.uuid() });

export const ActorTypeSchema = z.enum(["user", "api_key", "system"]);

export const AuditEventSchema = z
  .object({
    id: z.uuid(),
    seq: z.string().describe("The event's position in the organization's hash chain, from 1"),
    occurredAt: z.iso.datetime(),
    actorType: ActorTypeSchema,
    actorId: z.string().nullable(),
    actorLabel: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    changes: z.record(z.string(), z.unknown()).nullable().describe("What changed; secrets are never recorded"),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
    security: z.boolean(),
    prevHash: z.string().nullable().describe("The hash of the event before it (null for the first)"),
    hash: z.string().describe("SHA-256 over this event's content and prevHash"),
  })
  .meta({ id: "AuditEvent" });
export type AuditEventView = z.infer<typeof AuditEventSchema>;

export const AuditChainReportSchema = z
  .object({
    valid: z.boolean(),
    checked: z.int().describe("Events verified before the first broken link (all of them when valid)"),
    firstBroken: z
      .object({
        id: z.uuid().nullable().describe("Null when the event is missing altogether"),
        seq: z.string(),
        reason: z.string(),
      })
      .nullable(),
  })
  .meta({ id: "AuditChainReport" });

/** The position a page of the log continues after: the chain's sequence number is unique and ordered. */
export const AuditCursor = z.strictObject({ id: z.uuid(), seq: z.string().regex(/^[1-9][0-9]{0,18}$/) });
