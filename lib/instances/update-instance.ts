import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertId } from "@/lib/organizations/ids";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { assertEmailVerified } from "@/lib/auth/assert-email-verified";
import { nameTaken } from "./create-instance";
import { sealCredentials } from "./credentials";
import { type InstanceRow, instanceSelect, toInstanceView } from "./instance-view";
import { resolveInstanceUrl } from "./resolve-url";
import { type InstanceView, UpdateInstanceInput } from "./schemas";
import { nextSyncAt, scheduleColumns, scheduleOf } from "./sync-schedule";
import { tenantOf } from "./tenant-of";

/**
 * Changes an instance. New credentials replace the stored ones and discard stored OAuth tokens;
 * a new URL needs new credentials too, so stored credentials are never sent to a host other than
 * the one they were entered for. Either resets the health, which described the old connection.
 */
export async function updateInstance(ctx: ActorContext, instanceId: string, input: UpdateInstanceInput): Promise<InstanceView> {
  authorize(ctx, "instances:update");
  assertId(instanceId, "Instance");
  const { name, url: rawUrl, auth, syncSchedule } = UpdateInstanceInput.parse(input);
  const url = rawUrl === undefined ? undefined : resolveInstanceUrl(rawUrl);
  if (url !== undefined || auth) await assertEmailVerified(ctx, "connect a ServiceNow instance");
  try {
    return await withTenant(tenantOf(ctx), async (tx) => {
      const current = await tx.serviceNowInstance.findFirst({ where: { id: instanceId }, select: instanceSelect });
      if (!current) throw notFound("Instance");
      if (url !== undefined && url !== current.url && !auth) {
        const message = "Enter the credentials again when changing the URL: stored credentials are never sent to another host";
        throw new AppError("validation_failed", `auth: ${message}`, { errors: [{ path: "auth", message }] });
      }
      const data: Prisma.ServiceNowInstanceUpdateManyMutationInput = {};
      const changes: Record<string, unknown> = {};
      if (name !== undefined && name !== current.name) {
        data.name = name;
        changes.name = { from: current.name, to: name };
      }
      if (url !== undefined && url !== current.url) {
        data.url = url;
        changes.url = { from: current.url, to: url };
      }
      if (auth) {
        Object.assign(data, {
          authType: auth.type === "oauth" ? "OAUTH" : "BASIC",
          username: auth.username,
          clientId: auth.type === "oauth" ? auth.clientId : null,
          credentialsEnc: sealCredentials(instanceId, auth),
          tokensEnc: null,
        });
        changes.auth = { type: auth.type, username: auth.username, ...(auth.type === "oauth" ? { clientId: auth.clientId } : {}), replaced: true };
      }
      if (data.url !== undefined || auth) {
        Object.assign(data, { health: "UNKNOWN", lastError: null, lastLatencyMs: null, lastHealthAt: null });
      }
      if (syncSchedule && JSON.stringify(syncSchedule) !== JSON.stringify(scheduleOf(current))) {
        const organization = await tx.organization.findFirst({ select: { timeZone: true } });
        Object.assign(data, scheduleColumns(syncSchedule), { nextSyncAt: nextSyncAt(syncSchedule, new Date(), organization?.timeZone) });
        changes.syncSchedule = { from: scheduleOf(current), to: syncSchedule };
      }
      if (Object.keys(changes).length === 0) return toInstanceView(current);
      await tx.serviceNowInstance.updateMany({ where: { id: instanceId }, data });
      const updated: InstanceRow = await tx.serviceNowInstance.findFirstOrThrow({ where: { id: instanceId }, select: instanceSelect });
      await appendAuditEvent(tx, auditActorOf(ctx), {
        action: "instance.updated",
        targetType: "instance",
        targetId: instanceId,
        changes,
        // Replacing the credentials an integration runs with is worth a security reviewer's eye.
        security: Boolean(auth),
      });
      return toInstanceView(updated);
    });
  } catch (error) {
    if (isUniqueViolation(error) && name !== undefined) throw nameTaken(name);
    throw error;
  }
}
