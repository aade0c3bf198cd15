// Prisma CLI configuration. Without DATABASE_URL the CLI works on the embedded PGlite database
// under .data/ through Prisma's WebAssembly schema engine, so it needs no native engine download
// (see README "Database"). With DATABASE_URL set, plain Prisma commands use the native engines.
import path from "node:path";
import { existsSync, mkdirSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { embeddedDatabaseDir } from "./lib/db/embedded-path";

const embedded = !process.env.DATABASE_URL;

// The CLI validates the datasource url even when an adapter serves the connection.
if (embedded) process.env.DATABASE_URL = "postgresql://embedded@localhost/pglite";

// No native engines are downloaded on offline machines: point Prisma at an existing file so it
// does not try; the generator uses engineType "client" and the CLI the WebAssembly engine.
const engines = path.join(process.cwd(), "node_modules/@prisma/engines");
if (!existsSync(path.join(engines, "schema-engine-debian-openssl-3.0.x"))) {
  process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.join(process.cwd(), "package.json");
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(process.cwd(), "package.json");
}

const base = {
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
};

export default embedded
  ? defineConfig({
      ...base,
      experimental: { adapter: true },
      engine: "js",
      async adapter() {
        const { PGlite } = await import("@electric-sql/pglite");
        const { PrismaPGlite } = await import("pglite-prisma-adapter");
        const dir = embeddedDatabaseDir();
        if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
        return new PrismaPGlite(new PGlite(dir));
      },
    })
  : defineConfig(base);
