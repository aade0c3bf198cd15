import { AppError } from "@/lib/errors";
import type { TenantTx } from "@/lib/tenancy/with-tenant";

/**
 * Serialises every change that can take an Organization Admin away (demotion, removal, leaving) in
 * one organization: two admins demoting each other at once must not both pass the count below.
 * Taken before the audit append's own lock, always in that order.
 */
export async function lockAdminChanges(tx: TenantTx, organizationId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`admins:${organizationId}`}, 0))`;
}

/** Members holding the built-in Organization Admin role (custom roles never count). */
export function countAdmins(tx: TenantTx): Promise<number> {
  return tx.membershipRole.count({ where: { role: { builtIn: "ORG_ADMIN" } } });
}

/** Call under lockAdminChanges, before the change, when the member being changed is an admin. */
export async function assertNotLastAdmin(tx: TenantTx, message: string): Promise<void> {
  if ((await countAdmins(tx)) <= 1) throw new AppError("conflict", message);
}
