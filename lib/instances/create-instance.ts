import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { assertEmailVerified } from "@/lib/auth/assert-email-verified";
import { sealCredentials } from "./credentials";
import { instanceSelect, toInstanceView } from "./instance-view";
import { newInstanceId } from "./new-instance-id";
import { resolveInstanceUrl } from "./resolve-url";
import { CreateInstanceInput, type InstanceView } from "./schemas";
import { nextSyncAt, scheduleColumns } from "./sync-schedule";
import { tenantOf } from "./tenant-of";

/**
 * Connects a ServiceNow instance. The credentials are sealed with the new instance's id as context
 * before anything is written; only the user name and client id stay readable.
 */
export async function createInstance(ctx: ActorContext, input: CreateInstanceInput): Promise<InstanceView> {
  authorize(ctx, "instances:create");
  const { name, url: rawUrl, auth, syncSchedule = { type: "manual" } } = CreateInstanceInput.parse(input);
  const url = resolveInstanceUrl(rawUrl);
  await assertEmailVerified(ctx, "connect a ServiceNow instance");
  const id = newInstanceId();
  try {
    return await withTenant(tenantOf(ctx), async (tx) => {
      const organization = await tx.organization.findFirst({ select: { timeZone: true } });
      const row = await tx.serviceNowInstance.create({
        data: {
          id,
          organizationId: ctx.organizationId,
          name,
          url,
          authType: auth.type === "oauth" ? "OAUTH" : "BASIC",
          username: auth.username,
          clientId: auth.type === "oauth" ? auth.clientId : null,
          credentialsEnc: sealCredentials(id, auth),
          ...scheduleColumns(syncSchedule),
          nextSyncAt: nextSyncAt(syncSchedule, new Date(), organization?.timeZone),
        },
        select: instanceSelect,
      });
      await appendAuditEvent(tx, auditActorOf(ctx), {
        action: "instance.created",
        targetType: "instance",
        targetId: id,
        changes: {
          name,
          url,
          authType: auth.type,
          username: auth.username,
          ...(auth.type === "oauth" ? { clientId: auth.clientId } : {}),
          syncSchedule,
        },
      });
      return toInstanceView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
}

export function nameTaken(name: string): AppError {
  const message = `An instance named "${name}" already exists in this organization`;
  return new AppError("conflict", message, { errors: [{ path: "name", message }] });
}
