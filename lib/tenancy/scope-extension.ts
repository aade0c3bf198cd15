import { Prisma } from "@/lib/generated/prisma/client";
import { TENANT_MODELS } from "./tenant-models";

type Args = Record<string, unknown> & { where?: unknown; data?: unknown };

const FILTERED = new Set([
  "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy", "updateMany", "updateManyAndReturn", "deleteMany",
]);
const UNIQUE = new Set(["findUnique", "findUniqueOrThrow", "update", "delete", "upsert"]);
const CREATES = new Set(["create", "createMany", "createManyAndReturn", "upsert"]);

/**
 * Adds the organization to every query on a tenant model: filters on reads, updates and deletes
 * (inside the write itself, never check-then-act), and the column on creates. A create naming
 * another organization is refused rather than silently rewritten.
 */
export function tenantScope(organizationId: string) {
  return Prisma.defineExtension({
    name: "tenant-scope",
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          // The rewritten arguments keep the operation's shape; Prisma's union type cannot express that.
          type QueryArgs = Parameters<typeof query>[0];
          if (model === "Organization") return query(scopeOrganization(operation, args as Args, organizationId) as QueryArgs);
          if (!TENANT_MODELS.has(model)) return query(args);
          return query(scopeTenantArgs(operation, { ...(args as Args) }, organizationId) as QueryArgs);
        },
      },
    },
  });
}

function scopeTenantArgs(operation: string, args: Args, organizationId: string): Args {
  if (FILTERED.has(operation)) args.where = { AND: [args.where ?? {}, { organizationId }] };
  if (UNIQUE.has(operation)) args.where = { ...(args.where as object), organizationId };
  if (CREATES.has(operation)) {
    const key = operation === "upsert" ? "create" : "data";
    const data = args[key];
    args[key] = Array.isArray(data) ? data.map((row) => withOrganization(row, organizationId)) : withOrganization(data, organizationId);
  }
  return args;
}

function withOrganization(data: unknown, organizationId: string) {
  const row = { ...(data as Record<string, unknown>) };
  if (row.organizationId !== undefined && row.organizationId !== organizationId) {
    throw new Error("A tenant-scoped write named another organization");
  }
  // Relation-style writes (`organization: { connect }`) carry the tenant themselves; RLS checks them.
  if (!("organization" in row)) row.organizationId = organizationId;
  return row;
}

function scopeOrganization(operation: string, args: Args, organizationId: string): Args {
  if (CREATES.has(operation)) throw new Error("Organizations are created outside a tenant scope");
  if (FILTERED.has(operation)) return { ...args, where: { AND: [args.where ?? {}, { id: organizationId }] } };
  if (UNIQUE.has(operation)) return { ...args, where: { ...(args.where as object), id: organizationId } };
  return args;
}
