// npm run db:drift: fails when prisma/schema.prisma and prisma/migrations disagree.
import { readFileSync } from "node:fs";
import { schemaDrift } from "../schema-diff";

const drift = await schemaDrift(readFileSync("prisma/schema.prisma", "utf8"));
if (drift.onlyInMigrations.length || drift.onlyInSchema.length) {
  console.error("prisma/schema.prisma and prisma/migrations disagree.");
  for (const item of drift.onlyInSchema) console.error(`  missing from the migrations: ${item}`);
  for (const item of drift.onlyInMigrations) console.error(`  missing from the schema:     ${item}`);
  console.error("Create the migration with: npm run db:migration:new -- <name>");
  process.exit(1);
}
console.log("No drift: prisma/schema.prisma matches prisma/migrations.");
