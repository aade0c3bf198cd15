import { z } from "zod";
import { INSTANCE_URL_MAX, instanceUrlShapeProblem } from "./instance-url";
import { cronExpressionProblem } from "./sync-schedule";

// Shared by the REST routes, the server actions, the forms and the OpenAPI document. Client-safe:
// the deployment's host policy (production, allowed hosts) is applied by the use cases.

export const INSTANCE_NAME_MAX = 100;
/** What every response shows in place of a password or client secret. */
export const SECRET_MASK = "••••••••";

export const InstanceName = z
  .string()
  .trim()
  .min(1, "Enter a name")
  .max(INSTANCE_NAME_MAX, `At most ${INSTANCE_NAME_MAX} characters`)
  .describe("Unique within the organization, e.g. \"Production GRC\"");

export const InstanceUrl = z
  .string()
  .trim()
  .min(1, "Enter the instance URL")
  .max(INSTANCE_URL_MAX)
  .superRefine((value, ctx) => {
    const problem = instanceUrlShapeProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .describe("`https://<name>.service-now.com`, a host allowed by SERVICENOW_ALLOWED_HOSTS, or `http://localhost:<port>` outside production");

const Username = z.string().trim().min(1, "Enter the user name").max(255).describe("The integration user's user name");
// Secrets are taken as typed: a leading space can be part of a password.
const Secret = (what: string) => z.string().min(1, `Enter the ${what}`).max(1024);

export const BasicAuthInput = z.strictObject({
  type: z.literal("basic"),
  username: Username,
  password: Secret("password").describe("Write-only; never returned"),
});

export const OAuthAuthInput = z.strictObject({
  type: z.literal("oauth"),
  clientId: z.string().trim().min(1, "Enter the client id").max(255).describe("The OAuth application registry's client id"),
  clientSecret: Secret("client secret").describe("Write-only; never returned"),
  username: Username,
  password: Secret("password").describe("Write-only; never returned"),
});

export const InstanceAuthInput = z
  .discriminatedUnion("type", [BasicAuthInput, OAuthAuthInput])
  .describe("Basic authentication, or OAuth 2.0 with the password grant (tokens are refreshed and stored encrypted)");
export type InstanceAuthInput = z.infer<typeof InstanceAuthInput>;

export const CronExpression = z
  .string()
  .trim()
  .min(1, "Enter a cron expression")
  .max(100)
  .superRefine((value, ctx) => {
    const problem = cronExpressionProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const SyncScheduleInput = z
  .discriminatedUnion("type", [
    z.strictObject({ type: z.literal("manual") }),
    z.strictObject({ type: z.literal("hourly") }),
    z.strictObject({ type: z.literal("daily") }),
    z.strictObject({
      type: z.literal("cron"),
      expression: CronExpression.describe("Five fields, in the organization's time zone; at least 15 minutes apart"),
    }),
  ])
  .describe("Manual, hourly (on the hour), daily (midnight in the organization's time zone) or a cron expression");
export type SyncScheduleInput = z.infer<typeof SyncScheduleInput>;

export const CreateInstanceInput = z.strictObject({
  name: InstanceName,
  url: InstanceUrl,
  auth: InstanceAuthInput,
  syncSchedule: SyncScheduleInput.optional().describe("Defaults to manual"),
});
export type CreateInstanceInput = z.input<typeof CreateInstanceInput>;

export const UpdateInstanceInput = z.strictObject({
  name: InstanceName.optional(),
  url: InstanceUrl.optional().describe("Changing the URL requires `auth` too: stored credentials are never sent to a new host"),
  auth: InstanceAuthInput.optional().describe("Replaces the stored credentials and discards stored OAuth tokens"),
  syncSchedule: SyncScheduleInput.optional(),
});
export type UpdateInstanceInput = z.input<typeof UpdateInstanceInput>;

export const InstanceIdParams = z.object({ instanceId: z.uuid() });

export const InstanceHealthStatus = z.enum(["unknown", "healthy", "degraded", "down", "auth_failed"]);
export type InstanceHealthStatus = z.infer<typeof InstanceHealthStatus>;

export const SyncScheduleSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("manual") }),
  z.object({ type: z.literal("hourly") }),
  z.object({ type: z.literal("daily") }),
  z.object({ type: z.literal("cron"), expression: z.string() }),
]);

/** An instance as every response shows it: credentials only as masks. */
export const InstanceSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    url: z.string(),
    auth: z.object({
      type: z.enum(["basic", "oauth"]),
      username: z.string(),
      clientId: z.string().optional(),
      secret: z.literal(SECRET_MASK).describe("Always a mask: passwords and client secrets are write-only"),
    }),
    syncSchedule: SyncScheduleSchema,
    nextSyncAt: z.iso.datetime().nullable(),
    lastSyncAt: z.iso.datetime().nullable(),
    health: InstanceHealthStatus,
    lastHealthAt: z.iso.datetime().nullable(),
    lastLatencyMs: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Instance" });
export type InstanceView = z.infer<typeof InstanceSchema>;

export const CircuitBreakerSchema = z
  .object({
    state: z.enum(["closed", "open", "half_open"]),
    consecutiveFailures: z.number().int(),
    openedAt: z.iso.datetime().nullable(),
    lastError: z.string().nullable(),
  })
  .describe("This server process's circuit breaker for the instance; null until the process has talked to it");
export type CircuitBreakerView = z.infer<typeof CircuitBreakerSchema>;

export const TableAccessSchema = z.object({
  table: z.string().describe("The ServiceNow table, e.g. sn_compliance_control"),
  name: z.string().describe("What ComplianceIQ reads from it, e.g. controls"),
  ok: z.boolean(),
  status: z.number().int().nullable().describe("HTTP status, null when no response arrived"),
  latencyMs: z.number().int().nullable(),
  error: z.string().optional(),
});
export type TableAccess = z.infer<typeof TableAccessSchema>;

export const ConnectionTestSchema = z
  .object({
    ok: z.boolean().describe("Authentication succeeded and every table could be read"),
    auth: z.object({ ok: z.boolean(), error: z.string().nullable() }),
    health: InstanceHealthStatus,
    tables: z.array(TableAccessSchema),
    breaker: CircuitBreakerSchema.nullable(),
    testedAt: z.iso.datetime(),
  })
  .meta({ id: "InstanceConnectionTest" });
export type ConnectionTest = z.infer<typeof ConnectionTestSchema>;

export const HealthCheckSchema = z
  .object({
    id: z.uuid(),
    checkedAt: z.iso.datetime(),
    health: InstanceHealthStatus,
    authOk: z.boolean(),
    latencyMs: z.number().int().nullable(),
    breakerState: z.string(),
    error: z.string().nullable(),
  })
  .meta({ id: "InstanceHealthCheck" });
export type HealthCheckView = z.infer<typeof HealthCheckSchema>;

export const InstanceHealthSchema = z
  .object({
    current: z.object({
      health: InstanceHealthStatus,
      lastHealthAt: z.iso.datetime().nullable(),
      lastLatencyMs: z.number().int().nullable(),
      lastError: z.string().nullable(),
      breaker: CircuitBreakerSchema.nullable(),
    }),
    data: z.array(HealthCheckSchema).describe("Checks, newest first"),
    nextCursor: z.string().nullable().describe("Pass as `cursor` to fetch older checks; null on the last page"),
  })
  .meta({ id: "InstanceHealth" });
export type InstanceHealthView = z.infer<typeof InstanceHealthSchema>;

/** List and health-history cursors: the id of the previous page's last row. */
export const InstanceCursor = z.strictObject({ id: z.uuid() });
