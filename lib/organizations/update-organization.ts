import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { assertOwnOrganization } from "./get-organization";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { type Organization, type UpdateOrganizationInput, UpdateOrganizationInput as Schema, organizationSelect } from "./schemas";

type Field = keyof UpdateOrganizationInput;
const FIELDS: readonly Field[] = ["name", "slug", "timeZone", "retentionDays", "require2fa"];

/** Name, slug, time zone, retention and the 2FA requirement; one audit event lists what changed. */
export async function updateOrganization(ctx: ActorContext, organizationId: string, input: UpdateOrganizationInput): Promise<Organization> {
  authorize(ctx, "organizations:update");
  assertOwnOrganization(ctx, organizationId);
  const data = Schema.parse(input);
  if (data.slug !== undefined) await assertSlugFree(data.slug, organizationId);
  if (data.require2fa === true && ctx.actorType === "user") await assertActorUses2fa(ctx.actorId);
  try {
    return await withTenant({ organizationId, userId: ctx.actorId }, async (tx) => {
      const before = await tx.organization.findFirst({ where: { id: organizationId, deletedAt: null }, select: organizationSelect });
      if (!before) throw notFound("Organization");
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const field of FIELDS) {
        if (data[field] !== undefined && data[field] !== before[field]) changes[field] = { from: before[field], to: data[field] };
      }
      if (Object.keys(changes).length === 0) return before;
      const after = await tx.organization.update({ where: { id: organizationId }, data, select: organizationSelect });
      await appendAuditEvent(tx, auditActorOf(ctx), {
        action: "organization.updated",
        targetType: "organization",
        targetId: organizationId,
        changes,
        security: "require2fa" in changes,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", `The slug "${data.slug}" is taken`);
    throw error;
  }
}

// Slugs are global: the check spans tenants by design and reveals only "taken".
async function assertSlugFree(slug: string, organizationId: string) {
  const taken = await db.organization.findFirst({ where: { slug, NOT: { id: organizationId } }, select: { id: true } });
  if (taken) throw new AppError("conflict", `The slug "${slug}" is taken`, { errors: [{ path: "slug", message: "This slug is taken" }] });
}

// Requiring 2FA without having it would lock the admin out of the settings that undo it.
async function assertActorUses2fa(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { mfaEnabledAt: true } });
  if (!user?.mfaEnabledAt) {
    throw new AppError("mfa_enrollment_required", "Turn on two-factor authentication for your own account before requiring it for everyone", {
      errors: [{ path: "require2fa", message: "Enable two-factor authentication on your account first" }],
    });
  }
}
