import { z } from "zod";
import { isUsableSlug } from "./slug";
import { isSupportedTimeZone } from "./time-zones";

export const OrganizationName = z.string().trim().min(1, "Enter a name").max(100, "At most 100 characters");

export const OrganizationSlug = z
  .string()
  .trim()
  .toLowerCase()
  .max(48, "At most 48 characters")
  .refine(isUsableSlug, "Use 1-48 lowercase letters, digits and hyphens (not at either end); some words are reserved");

export const TimeZone = z
  .string()
  .max(64)
  .refine(isSupportedTimeZone, "Choose an IANA time zone such as Europe/Berlin or UTC");

export const RETENTION_DAYS = { min: 1, max: 3650 } as const;

export const CreateOrganizationInput = z
  .object({
    name: OrganizationName,
    slug: OrganizationSlug.optional().describe("Derived from the name when omitted"),
    timeZone: TimeZone.optional().describe("IANA time zone; defaults to UTC"),
  })
  .strict();
export type CreateOrganizationInput = z.infer<typeof CreateOrganizationInput>;

export const UpdateOrganizationInput = z
  .object({
    name: OrganizationName.optional(),
    slug: OrganizationSlug.optional(),
    timeZone: TimeZone.optional(),
    retentionDays: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max).optional().describe("Days of history kept (1-3650)"),
    require2fa: z.boolean().optional().describe("Every member must use two-factor authentication"),
  })
  .strict();
export type UpdateOrganizationInput = z.infer<typeof UpdateOrganizationInput>;

export const OrganizationIdParams = z.object({ orgId: z.uuid() });

export const OrganizationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    timeZone: z.string(),
    retentionDays: z.number().int(),
    require2fa: z.boolean(),
    createdAt: z.date(),
    deletedAt: z.date().nullable(),
    purgeAfter: z.date().nullable().describe("When a deleted organization's data is purged for good"),
  })
  .meta({ id: "Organization" });
export type Organization = z.infer<typeof OrganizationSchema>;

export const organizationSelect = {
  id: true,
  name: true,
  slug: true,
  timeZone: true,
  retentionDays: true,
  require2fa: true,
  createdAt: true,
  deletedAt: true,
  purgeAfter: true,
} as const;

/** The typed confirmation the UI asks for before deleting: the organization's slug. */
export const DeleteOrganizationConfirmation = z.object({ confirmation: z.string().trim().max(100) }).strict();
