import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tenantScope } from "./scope-extension";

/** A transaction bound to one organization: scoped queries, row-level security on. */
export type TenantTx = Prisma.TransactionClient;

export interface TenantScope {
  organizationId: string;
  /** The acting user, if any: lets row-level security show that user's own row in `users`. */
  userId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `work` in one transaction as the database role `ciq_tenant` with `app.organization_id` set:
 * every query is filtered by the scope extension, and PostgreSQL's row-level security hides other
 * tenants' rows even from a query the extension could not scope (raw SQL, nested relations).
 * All or nothing: a throw rolls the whole unit of work back, audit entry included.
 */
export async function withTenant<T>(
  scope: TenantScope,
  work: (tx: TenantTx) => Promise<T>,
  options: { isolationLevel?: Prisma.TransactionIsolationLevel; timeoutMs?: number } = {},
): Promise<T> {
  if (!UUID.test(scope.organizationId)) throw new Error("withTenant needs an organization id");
  const userId = scope.userId && UUID.test(scope.userId) ? scope.userId : "";
  return db.$extends(tenantScope(scope.organizationId)).$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.organization_id', ${scope.organizationId}, true), set_config('app.user_id', ${userId}, true)`;
      await tx.$executeRawUnsafe("SET LOCAL ROLE ciq_tenant");
      return work(tx as unknown as TenantTx);
    },
    { maxWait: 10_000, timeout: options.timeoutMs ?? 30_000, isolationLevel: options.isolationLevel },
  );
}
