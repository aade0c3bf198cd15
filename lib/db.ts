import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openEmbeddedDatabase, prismaFor } from "@/lib/db/connect";

// One client per process: Next.js dev reloads modules, and the embedded database allows one opener.
const holder = globalThis as unknown as { __ciqDb?: PrismaClient };

function client(): PrismaClient {
  if (!holder.__ciqDb) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    holder.__ciqDb = DATABASE_URL
      ? prismaFor({ kind: "postgres", url: DATABASE_URL, poolSize: DATABASE_POOL_SIZE })
      : prismaFor({ kind: "pglite", pglite: openEmbeddedDatabase() });
  }
  return holder.__ciqDb;
}

/**
 * The Prisma client, created on first use (so `next build`, which imports every route, neither needs
 * secrets nor opens a database). Only code under lib/ uses it: pages, routes and jobs call lib/<domain>.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
