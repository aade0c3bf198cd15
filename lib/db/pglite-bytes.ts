import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

/**
 * Prisma hands driver adapters `Bytes` arguments as base64 strings (adapter-pg decodes them), but
 * pglite-prisma-adapter 0.6.1 passes them on unchanged and PGlite refuses a string for bytea. This
 * wraps the adapter's query methods (the connection's and every transaction's) to decode them.
 */
function decodeBytes(query: SqlQuery): SqlQuery {
  if (!query.argTypes.some((t) => t.scalarType === "bytes")) return query;
  const args = query.args.map((arg, i) =>
    query.argTypes[i]?.scalarType === "bytes" && typeof arg === "string" ? Buffer.from(arg, "base64") : arg,
  );
  return { ...query, args };
}

type Queryable = Pick<SqlDriverAdapter, "queryRaw" | "executeRaw">;

function wrapQueryable<T extends Queryable>(target: T): T {
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  target.queryRaw = (query) => queryRaw(decodeBytes(query));
  target.executeRaw = (query) => executeRaw(decodeBytes(query));
  return target;
}

export function withPgliteBytes(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = wrapQueryable(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => wrapQueryable(await startTransaction(isolationLevel));
    return adapter;
  };
  return factory;
}
