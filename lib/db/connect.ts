import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { embeddedDatabaseDir } from "./embedded-path";
import { withPgliteBytes } from "./pglite-bytes";

export type DatabaseTarget =
  | { kind: "postgres"; url: string; poolSize?: number }
  | { kind: "pglite"; pglite: PGlite };

export function prismaFor(target: DatabaseTarget): PrismaClient {
  const adapter =
    target.kind === "postgres"
      ? new PrismaPg({ connectionString: target.url, max: target.poolSize ?? 10 })
      : withPgliteBytes(new PrismaPGlite(target.pglite));
  return new PrismaClient({ adapter });
}

/** Opens the embedded database folder (created on first use). One process at a time may open it. */
export function openEmbeddedDatabase(dir = embeddedDatabaseDir()): PGlite {
  mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir);
  // Kept reachable so a command-line entry point can close it before handing over to next.
  (globalThis as { __ciqPglite?: PGlite }).__ciqPglite = pglite;
  return pglite;
}
