// npm run db:drift: fails when prisma/schema.prisma and prisma/migrations disagree.
import { pendingSchemaSql } from "../schema-diff";

const sql = await pendingSchemaSql();
if (sql) {
  console.error("prisma/schema.prisma differs from what prisma/migrations build. Missing SQL:\n");
  console.error(sql);
  console.error("Create the migration with: npm run db:migration:new -- <name>");
  process.exit(1);
}
console.log("No drift: prisma/schema.prisma matches prisma/migrations.");
