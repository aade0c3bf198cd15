// Duck-typed on purpose: lib/api/problem.ts maps these errors for every route and must not load the
// generated Prisma client to do it.

/**
 * Prisma's error code (P2002, P2025, ...) of what a query threw, or undefined for anything else.
 * Inside interactive transactions on a driver adapter, PostgreSQL's own error arrives as a
 * DriverAdapterError with its SQLSTATE instead: a unique violation (23505) is reported as P2002.
 */
export function prismaErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { name, code, cause } = error as { name?: unknown; code?: unknown; cause?: { code?: unknown; originalCode?: unknown } };
  if (name === "DriverAdapterError" && (cause?.code === "23505" || cause?.originalCode === "23505")) return "P2002";
  return name === "PrismaClientKnownRequestError" && typeof code === "string" ? code : undefined;
}

/** A unique index refused the write, e.g. two requests racing for one slug or name. */
export function isUniqueViolation(error: unknown): boolean {
  return prismaErrorCode(error) === "P2002";
}
