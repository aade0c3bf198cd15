import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaDrift } from "./schema-diff";

const schema = readFileSync("prisma/schema.prisma", "utf8");

describe("schema drift check", () => {
  it("finds no drift between prisma/schema.prisma and prisma/migrations", async () => {
    expect(await schemaDrift(schema)).toEqual({ onlyInMigrations: [], onlyInSchema: [] });
  }, 120_000);

  it("fails when a model is added to the schema without a migration", async () => {
    const drift = await schemaDrift(`${schema}\nmodel DriftProbe {\n  id    Int    @id\n  label String\n}\n`);
    expect(drift.onlyInSchema).toEqual(
      expect.arrayContaining([expect.stringContaining('column DriftProbe.label text NO')]),
    );
  }, 120_000);
});
