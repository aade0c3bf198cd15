import type { RequestMeta } from "@/lib/auth/context";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BuiltInRole } from "@/lib/generated/prisma/enums";
import { BUILT_IN_ROLES } from "@/lib/permissions";
import { isUsableSlug, slugFromName, withRandomSuffix } from "./slug";

export interface NewOrganization {
  name: string;
  /** Chosen by the caller, or derived from the name (with a suffix if taken). */
  slug?: string;
  timeZone?: string;
}

/**
 * Creates an organization with its built-in roles and `ownerId` as its Organization Admin, inside
 * the caller's transaction (registration creates the user in the same one). Runs outside a tenant
 * scope because the tenant does not exist yet.
 */
export async function createOrganizationWithOwner(
  tx: Prisma.TransactionClient,
  input: NewOrganization,
  owner: RequestMeta & { userId: string; label?: string },
) {
  const slug = await availableSlug(tx, input);
  const organization = await tx.organization.create({
    data: { name: input.name, slug, timeZone: input.timeZone ?? "UTC" },
    select: { id: true, name: true, slug: true },
  });
  const roles = Object.entries(BUILT_IN_ROLES).map(([builtIn, meta]) => ({
    organizationId: organization.id,
    builtIn: builtIn as BuiltInRole,
    name: meta.name,
    description: meta.description,
  }));
  await tx.role.createMany({ data: roles });
  const admin = await tx.role.findUniqueOrThrow({
    where: { organizationId_builtIn: { organizationId: organization.id, builtIn: "ORG_ADMIN" } },
    select: { id: true },
  });
  const membership = await tx.membership.create({
    data: { organizationId: organization.id, userId: owner.userId },
    select: { id: true },
  });
  await tx.membershipRole.create({ data: { organizationId: organization.id, membershipId: membership.id, roleId: admin.id } });
  await appendAuditEvent(
    tx,
    { organizationId: organization.id, actorType: "user", actorId: owner.userId, actorLabel: owner.label, ...owner },
    { action: "organization.created", targetType: "organization", targetId: organization.id, changes: { name: input.name, slug } },
  );
  return organization;
}

async function availableSlug(tx: Prisma.TransactionClient, input: NewOrganization): Promise<string> {
  if (input.slug !== undefined) {
    if (!isUsableSlug(input.slug)) throw new AppError("validation_failed", `The slug "${input.slug}" is reserved or malformed`);
    if (await tx.organization.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw new AppError("conflict", `The slug "${input.slug}" is taken`, { errors: [{ path: "slug", message: "This slug is taken" }] });
    }
    return input.slug;
  }
  const base = slugFromName(input.name);
  if (!(await tx.organization.findUnique({ where: { slug: base }, select: { id: true } }))) return base;
  return withRandomSuffix(base);
}
