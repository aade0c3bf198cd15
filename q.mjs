import { PGlite } from "@electric-sql/pglite";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
const db = new PGlite("/tmp/pgl-test");
const r = await db.query(`select * from _prisma_migrations`);
console.log(r.rows);
console.log("sha256 file:", createHash("sha256").update(readFileSync("prisma/migrations/20261123090000_init/migration.sql")).digest("hex"));
const cols = await db.query(`select column_name, data_type, is_nullable, column_default, character_maximum_length from information_schema.columns where table_name='_prisma_migrations' order by ordinal_position`);
console.log(cols.rows);
