// npm run db:migration:new -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL Prisma's schema engine computes from the migrations to prisma/schema.prisma.
// Pass --empty to create an empty migration for hand-written SQL (RLS policies, triggers).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "../migrations";
import { pendingSchemaSql } from "../schema-diff";

const args = process.argv.slice(2);
const empty = args.includes("--empty");
const name = args.find((a) => !a.startsWith("--"));
if (!name || !/^[a-z0-9_]{1,60}$/.test(name)) {
  console.error("usage: npm run db:migration:new -- <name_in_snake_case> [--empty]");
  process.exit(2);
}

const sql = empty ? "-- Hand-written migration: SQL that schema.prisma cannot express.\n" : await pendingSchemaSql();
if (!sql) {
  console.log("prisma/schema.prisma and the migrations agree: nothing to migrate.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql; review it, then run npm run db:migrate.`);
