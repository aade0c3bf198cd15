// npm run db:migration:new -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL Prisma's schema engine computes from the last committed schema to the current one.
// The committed schema must match the migrations (checked first). --empty creates an empty
// migration for hand-written SQL (row-level-security policies, triggers).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR, readMigrations } from "../migrations";
import { diffSchemas, schemaDrift } from "../schema-diff";

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith("--"));
if (!name || !/^[a-z0-9_]{1,60}$/.test(name)) {
  console.error("usage: npm run db:migration:new -- <name_in_snake_case> [--empty]");
  process.exit(2);
}

async function migrationSql(): Promise<string> {
  if (args.includes("--empty")) return "-- Hand-written migration: SQL that schema.prisma cannot express.\n";
  const current = readFileSync("prisma/schema.prisma", "utf8");
  if (readMigrations().length === 0) return diffSchemas(null, current);
  const committed = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
  const drift = await schemaDrift(committed);
  if (drift.onlyInMigrations.length || drift.onlyInSchema.length) {
    throw new Error("The committed prisma/schema.prisma does not match prisma/migrations; run npm run db:drift to see how.");
  }
  return diffSchemas(committed, current);
}

const sql = await migrationSql();
if (!sql) {
  console.log("prisma/schema.prisma and the migrations agree: nothing to migrate.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql; review it, then run npm run db:migrate.`);
