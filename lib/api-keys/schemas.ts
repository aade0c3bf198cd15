import { z } from "zod";
import { PERMISSIONS } from "@/lib/permissions";

export const API_KEY_NAME_MAX = 100;

export const ApiKeyPermissionList = z
  .array(z.enum(PERMISSIONS))
  .min(1, "Choose at least one permission")
  .max(PERMISSIONS.length)
  .refine((list) => new Set(list).size === list.length, "A permission is listed twice")
  .describe("The permissions the key acts with: a subset of the creator's own");

export const CreateApiKeyInput = z.strictObject({
  name: z.string().trim().min(1, "Name the key after what uses it").max(API_KEY_NAME_MAX).describe("What uses the key, e.g. \"Nightly export\""),
  permissions: ApiKeyPermissionList,
  expiresAt: z.iso
    .datetime({ offset: true })
    .nullable()
    .optional()
    .refine((value) => !value || Date.parse(value) > Date.now(), "The expiry must be in the future")
    .describe("When the key stops working; omit or null for a key that does not expire"),
});
export type CreateApiKeyInput = z.input<typeof CreateApiKeyInput>;

export const ApiKeyIdParams = z.object({ keyId: z.uuid() });

export const ApiKeyStatus = z.enum(["active", "expired", "revoked"]);

/** An API key as lists show it: never its secret or the secret's hash. */
export const ApiKeySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe("The visible start of the key (ciq_<prefix>_...), to tell keys apart"),
    permissions: z.array(z.string()),
    status: ApiKeyStatus,
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable().describe("Updated at most once a minute"),
    lastUsedIp: z.string().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ApiKey" });
export type ApiKeyView = z.infer<typeof ApiKeySchema>;

export const CreatedApiKeySchema = z
  .object({
    apiKey: ApiKeySchema,
    key: z.string().describe("The full key, shown only in this response: send it as Authorization: Bearer <key>"),
  })
  .meta({ id: "CreatedApiKey" });
export type CreatedApiKey = z.infer<typeof CreatedApiKeySchema>;

/** The list's cursor: the id of the previous page's last key (a UUID, so a forged one is a 400, not a query error). */
export const ApiKeyCursor = z.strictObject({ id: z.uuid() });
