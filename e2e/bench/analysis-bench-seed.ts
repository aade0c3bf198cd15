// The analysis benchmark's data, in its own process so that the benchmark measures the analysis's
// memory alone: generates a simulator dataset (100,000 controls and about 1,000,000 control tests
// times argv[2] = scale), maps it with the sync's mapping and stores it in sn_records of
// DATABASE_URL exactly as a sync does, under the organization, instance and sync run given as
// argv[3..5]. Prints one JSON line: the generator counts, records stored per table, rejections.
import { Client } from "pg";
import { syncTables } from "@/lib/servicenow/mapping/registry";
import { generateDataset } from "@/lib/servicenow/simulator/generator/generate-dataset";
import type { GeneratorCounts } from "@/lib/servicenow/simulator/generator/sizes";

const [scaleArg = "1", organizationId, instanceId, syncRunId] = process.argv.slice(2);
const scale = Number(scaleArg);
/** Rows per INSERT, as a sync page would write them. */
const BATCH = 5_000;

// The large preset's proportions stretched to 100,000 controls; 39 months of history give about
// ten tests per control, a million in all. Framework, policy and risk-definition catalogues do
// not grow with size.
function benchCounts(): GeneratorCounts {
  const scaled = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    users: scaled(10_000), groups: scaled(60), profiles: scaled(2_500), authorityDocuments: 10, citations: scaled(5_000),
    policies: 16, statements: scaled(20_000), controls: scaled(100_000), riskDefinitions: 24, risks: scaled(40_000),
    controlIndicators: scaled(14_000), riskIndicators: scaled(6_000), widgets: 8, historyMonths: 39,
  };
}

async function main() {
  if (!organizationId || !instanceId || !syncRunId || !(scale > 0)) throw new Error("usage: analysis-bench-seed.ts <scale> <organizationId> <instanceId> <syncRunId>");
  const counts = benchCounts();
  let started = performance.now();
  const generated = generateDataset({ seed: 20261123, counts });
  const generateMs = performance.now() - started;

  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  started = performance.now();
  const records: Record<string, number> = {};
  let rejected = 0;
  // Maps the next batch while PostgreSQL inserts the previous one.
  let inserting: Promise<unknown> = Promise.resolve();
  for (const mapping of syncTables) {
    const rows = generated.tables.get(mapping.table) ?? [];
    generated.tables.delete(mapping.table);
    records[mapping.name] = 0;
    for (let from = 0; from < rows.length; from += BATCH) {
      const batch: Array<{ sys_id: string; sys_updated_on: string; data: unknown }> = [];
      for (const row of rows.slice(from, from + BATCH)) {
        const mapped = mapping.map(row);
        if (!mapped.ok) {
          rejected++;
          continue;
        }
        batch.push({ sys_id: mapped.value.sysId, sys_updated_on: mapped.value.updatedAt.toISOString(), data: mapped.value });
      }
      records[mapping.name]! += batch.length;
      const payload = JSON.stringify(batch);
      await inserting;
      inserting = client.query(
        `INSERT INTO sn_records (organization_id, instance_id, table_name, sys_id, sys_updated_on, data, last_sync_run_id)
         SELECT $1, $2, $3, r.sys_id, r.sys_updated_on, r.data, $4
         FROM jsonb_to_recordset($5::jsonb) AS r(sys_id text, sys_updated_on timestamptz, data jsonb)`,
        [organizationId, instanceId, mapping.name, syncRunId, payload],
      );
    }
  }
  await inserting;
  const insertMs = performance.now() - started;
  await client.end();
  console.log(JSON.stringify({ counts, records, rejected, generateMs, insertMs }));
}

await main();
process.exit(0);
