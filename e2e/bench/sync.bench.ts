// npm run bench:sync [-- --scale 0.1]: syncs 100,000 controls, 50,000 risks and 500,000 control
// test results from a local simulator (its own process) into a fresh PostgreSQL database, and
// prints records per second, the peak memory (RSS) of the syncing process at 10 % and at 100 % of
// the records, and, in the same run and database, the rate of a plain bulk insert of the same rows
// (same table and page size, no HTTP, no mapping, no upsert). Not a test: nothing is asserted
// about speed. The database is dropped afterwards.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { type BenchDatabase, withBenchDatabase } from "./bench-database";

const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, server: { type: "string" }, gc: { type: "boolean" } } });
if (values.gc && !(globalThis as { gc?: unknown }).gc) {
  // Re-run this script with the collector exposed.
  const { status } = (await import("node:child_process")).spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "e2e/bench/sync.bench.ts", ...process.argv.slice(2).filter((a) => a !== "--gc")],
    { stdio: "inherit", env: { ...process.env, BENCH_GC: "1" } },
  );
  process.exit(status ?? 1);
}
const scale = Number(values.scale);

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rate = (records: number, ms: number) => `${Math.round(records / (ms / 1000)).toLocaleString("en-US")} rec/s`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function startSimulatorProcess(): Promise<{ child: ChildProcess; url: string; counts: Record<string, number> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "e2e/bench/sync-bench-simulator.ts", String(scale)], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" },
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`The simulator exited (${code})`)));
    createInterface({ input: child.stdout! }).once("line", (line) => resolve({ child, ...JSON.parse(line) }));
  });
}

async function main({ name: database, url: databaseUrl, host }: BenchDatabase) {
  let sim: ChildProcess | undefined;
  try {
    console.log(`Building and serving the dataset (scale ${scale})…`);
    const simulator = await startSimulatorProcess();
    sim = simulator.child;
    const records = simulator.counts.sn_compliance_control! + simulator.counts.sn_risk_risk! + simulator.counts.sn_audit_control_test!;
    console.log(`Simulator at ${simulator.url}: ${records.toLocaleString("en-US")} records`);

    const [{ db }, { inngest }, { instanceSync }, { InProcessRunner }, { createInstance }, { createMember }, { startSync }, { choosePageSize }, { syncedChecksums }, { readTables, totalsOf }] =
      await Promise.all([
        import("@/lib/db"),
        import("@/inngest/client"),
        import("@/inngest/functions/instance-sync"),
        import("@/lib/jobs/in-process/runner"),
        import("@/lib/instances/create-instance"),
        import("@/lib/testing/factories"),
        import("@/lib/sync/start-sync"),
        import("@/lib/sync/begin-sync"),
        import("@/lib/sync/synced-checksum"),
        import("@/lib/sync/table-progress"),
      ]);

    const { ctx, organization } = await createMember("ORG_ADMIN");
    const instance = await createInstance(ctx, { name: "Bench", url: simulator.url, auth: { type: "basic", username: "admin", password: "admin" } });
    const runner = new InProcessRunner(inngest, [instanceSync], { concurrency: 1 });

    // Peak RSS up to 10 %, 25 %, 50 %, 75 % and 100 % of the records read: flat means the later
    // peaks stay where the early ones are (one page at a time is all the sync holds).
    const marks = [0.1, 0.25, 0.5, 0.75, 1];
    const peaks = marks.map(() => 0);
    let fetched = 0;
    const sample = () => {
      const rss = process.memoryUsage().rss;
      marks.forEach((mark, i) => {
        if (fetched <= records * mark || mark === 1) peaks[i] = Math.max(peaks[i]!, rss);
      });
    };
    const sampler = setInterval(sample, 50);
    // With --expose-gc (npm run bench:sync -- --gc): the heap that survives a full collection at
    // each mark, which is what would grow if the sync held on to records.
    const gc = (globalThis as { gc?: () => void }).gc;
    const retained = marks.map(() => 0);
    let nextMark = 0;
    const retainedSampler = setInterval(() => {
      if (!gc || nextMark >= marks.length - 1 || fetched < records * marks[nextMark]!) return;
      gc();
      retained[nextMark++] = process.memoryUsage().heapUsed;
    }, 250);
    const started = performance.now();
    const { syncRunId, jobId } = await startSync(ctx, instance.id, { mode: "full" });
    const progress = setInterval(() => {
      void db.syncRun.findUnique({ where: { id: syncRunId }, select: { tables: true } }).then((row) => {
        fetched = row ? totalsOf(readTables(row.tables)).fetched : fetched;
      });
    }, 250);
    await runner.drain();
    const syncMs = performance.now() - started;
    clearInterval(progress);
    clearInterval(sampler);
    clearInterval(retainedSampler);
    sample();
    if (gc) {
      gc();
      retained[marks.length - 1] = process.memoryUsage().heapUsed;
    }

    const run = await db.syncRun.findUniqueOrThrow({ where: { id: syncRunId } });
    const job = await db.jobRun.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, error: true } });
    if (run.status !== "SUCCEEDED") throw new Error(`The sync ended ${run.status}: ${job.error ?? run.error}`);
    const totals = totalsOf(readTables(run.tables));
    const steps = await db.jobStep.count({ where: { jobRunId: jobId } });

    const expected = (await (await fetch(`${simulator.url}/__sim/checksum`)).json()) as { tables: Record<string, { count: number; checksum: string }> };
    const synced = await syncedChecksums(organization.id, instance.id);
    const mismatches = ["sn_compliance_control", "sn_risk_risk", "sn_audit_control_test"].filter(
      (t) => expected.tables[t]?.checksum !== synced[t]?.checksum || expected.tables[t]?.count !== synced[t]?.count,
    );

    // The baseline: the rows the sync stored, inserted again page by page into the same table
    // (under another instance id) with plain INSERTs; only the INSERTs are timed.
    const pageSize = choosePageSize(records);
    const plain = new Client({ connectionString: databaseUrl });
    await plain.connect();
    const copyInstance = randomUUID();
    let insertMs = 0;
    let inserted = 0;
    for (const table of ["controls", "risks", "control_tests"]) {
      let after = "";
      for (;;) {
        const { rows } = await plain.query<{ sys_id: string; sys_updated_on: Date; data: unknown }>(
          `SELECT sys_id, sys_updated_on, data FROM sn_records WHERE instance_id = $1 AND table_name = $2 AND sys_id > $3 ORDER BY sys_id LIMIT $4`,
          [instance.id, table, after, pageSize],
        );
        if (rows.length === 0) break;
        after = rows.at(-1)!.sys_id;
        const payload = JSON.stringify(rows.map((r) => ({ sys_id: r.sys_id, sys_updated_on: r.sys_updated_on.toISOString(), data: r.data })));
        const t0 = performance.now();
        await plain.query(
          `INSERT INTO sn_records (organization_id, instance_id, table_name, sys_id, sys_updated_on, data, last_sync_run_id)
           SELECT $1, $2, $3, r.sys_id, r.sys_updated_on, r.data, $4
           FROM jsonb_to_recordset($5::jsonb) AS r(sys_id text, sys_updated_on timestamptz, data jsonb)`,
          [organization.id, copyInstance, table, syncRunId, payload],
        );
        insertMs += performance.now() - t0;
        inserted += rows.length;
      }
    }
    await plain.end();
    await db.$disconnect();

    const figures: Array<[string, string]> = [
      ["records synced (controls + risks + control tests)", totals.fetched.toLocaleString("en-US")],
      ["inserted / updated / deleted / quarantined", `${totals.inserted} / ${totals.updated} / ${totals.deleted} / ${totals.quarantined}`],
      ["copy equals the simulator (count + checksum per table)", mismatches.length === 0 ? "yes" : `NO: ${mismatches.join(", ")}`],
      ["page size / job steps", `${pageSize} / ${steps}`],
      ["sync wall time (HTTP, mapping, upsert, durable steps)", seconds(syncMs)],
      ["sync rate", rate(totals.fetched, syncMs)],
      ["plain bulk INSERT of the same rows, same page size", `${rate(inserted, insertMs)} (${seconds(insertMs)})`],
      ["sync rate / plain insert rate", `${(((totals.fetched / syncMs) / (inserted / insertMs)) * 100).toFixed(0)} %`],
      ...marks.map((mark, i): [string, string] => [`peak RSS of the syncing process, first ${mark * 100} % of records`, mb(peaks[i]!)]),
      ...(gc ? marks.map((mark, i): [string, string] => [`heap retained after a full GC at ${mark * 100} %`, mb(retained[i]!)]) : []),
    ];
    const width = Math.max(...figures.map(([k]) => k.length));
    console.log(`\nSync benchmark (PostgreSQL ${host}, database ${database}, Node ${process.version})`);
    for (const [k, v] of figures) console.log(`  ${k.padEnd(width)}  ${v}`);
  } finally {
    sim?.kill("SIGTERM");
  }
}

await withBenchDatabase(values.server, main);
process.exit(0);
