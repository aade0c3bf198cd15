import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openEmbeddedDatabase, prismaFor } from "@/lib/db/connect";

// One client per process: Next.js dev reloads modules, and the embedded database allows one opener.
const holder = globalThis as unknown as { __ciqDb?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
  return DATABASE_URL
    ? prismaFor({ kind: "postgres", url: DATABASE_URL, poolSize: DATABASE_POOL_SIZE })
    : prismaFor({ kind: "pglite", pglite: openEmbeddedDatabase() });
}

/** The Prisma client. Only code under lib/ imports it: pages, routes and jobs call lib/<domain>. */
export const db: PrismaClient = (holder.__ciqDb ??= createClient());

export function isEmbeddedDatabase(): boolean {
  return !env().DATABASE_URL;
}
