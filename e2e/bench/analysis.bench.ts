// npm run bench:analysis [-- --scale 0.1]: stores a simulator dataset of 100,000 controls and about
// 1,000,000 control test results (times `scale`) in a fresh PostgreSQL database as a sync would,
// then freezes it as an analysis input and runs the four analysis engines on it, as an analysis
// job does. Prints the wall time of each step (and each engine's own compute time), the peak
// memory (RSS) of each step, and, in the same run and database, the time of a plain SQL
// aggregation over the same rows: the floor no analysis of these rows can beat. Not a test:
// nothing is asserted about speed. The database is dropped afterwards.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { ENGINE_IDS } from "@/lib/analysis/engine";
import { startRssSampler } from "./analysis-bench-rss";
import { type BenchDatabase, withBenchDatabase } from "./bench-database";

const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, server: { type: "string" } } });
const scale = Number(values.scale);
if (!(scale > 0)) throw new Error("--scale must be a positive number");

/** The target of issue 5: the four engines, input decoding included, on the full size. */
const TARGET_MS = 60_000;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString("en-US");

interface SeedReport {
  counts: Record<string, number>;
  records: Record<string, number>;
  rejected: number;
  generateMs: number;
  insertMs: number;
}

/** Generates and stores the dataset in a child process (analysis-bench-seed.ts), which exits when done. */
function seed(databaseUrl: string, organizationId: string, instanceId: string, syncRunId: string): Promise<SeedReport> {
  const child = spawn(process.execPath, ["--import", "tsx", "e2e/bench/analysis-bench-seed.ts", String(scale), organizationId, instanceId, syncRunId], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: "--max-old-space-size=12288" },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(output.trim().split("\n").at(-1)!) as SeedReport) : reject(new Error(`The data generator exited (${code})`))));
  });
}

type StepKind = "freeze" | "decode" | "engine" | "floor";

interface Step {
  kind: StepKind;
  label: string;
  wallMs: number;
  /** CPU time of this process (PostgreSQL's not included): what the wall time would be on an idle machine, roughly. */
  cpuMs: number;
  peakRss: number;
  computeMs?: number;
  insightId?: string;
  storedBytes?: number;
  error?: string;
}

async function main({ name: database, url: databaseUrl, host }: BenchDatabase) {
  const [{ db }, { createInstance }, { createMember }, { freezeAnalysisInput }, { loadAnalysisInput }, { runAnalysisEngine }, { DEFAULT_AS_OF }, { parseDateTime }] =
    await Promise.all([
      import("@/lib/db"),
      import("@/lib/instances/create-instance"),
      import("@/lib/testing/factories"),
      import("@/lib/analysis/input/freeze-analysis-input"),
      import("@/lib/analysis/input/load-analysis-input"),
      import("@/lib/analysis/run/run-analysis-engine"),
      import("@/lib/servicenow/simulator/generator/generate-dataset"),
      import("@/lib/servicenow/simulator/datetime"),
    ]);

  const { ctx, organization } = await createMember("ORG_ADMIN");
  // Never contacted: the records go straight into sn_records.
  const instance = await createInstance(ctx, { name: "Bench", url: "https://bench.service-now.com", auth: { type: "basic", username: "admin", password: "admin" } });
  // The sync "finished" when the generated data ends, so the engines' "now" is the data's.
  const finishedAt = new Date(parseDateTime(DEFAULT_AS_OF)!);
  const syncRun = await db.syncRun.create({
    data: { organizationId: organization.id, instanceId: instance.id, mode: "FULL", status: "SUCCEEDED", startedAt: finishedAt, finishedAt },
  });

  console.log(`Generating and storing the dataset (scale ${scale})…`);
  const seeded = await seed(databaseUrl, organization.id, instance.id, syncRun.id);
  const plain = new Client({ connectionString: databaseUrl });
  await plain.connect();
  // What autovacuum would have done after a sync: neither the freeze nor the floor pays for it.
  await plain.query("VACUUM (ANALYZE) sn_records");
  console.log(`Stored ${count(Object.values(seeded.records).reduce((a, b) => a + b, 0))} records; analysing…`);

  const loadBefore = loadavg()[0]!;
  const sampler = startRssSampler();
  const steps: Step[] = [];
  async function step<T>(kind: StepKind, label: string, work: () => Promise<T>, describe?: (value: T) => Partial<Step>): Promise<T | undefined> {
    sampler.reset();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const measured = () => {
      const used = process.cpuUsage(cpu);
      return { kind, label, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, peakRss: sampler.peak() };
    };
    try {
      const value = await work();
      steps.push({ ...measured(), ...describe?.(value) });
      return value;
    } catch (error) {
      steps.push({ ...measured(), error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
      return undefined;
    }
  }

  const scope = { organizationId: organization.id };
  const frozen = await step("freeze", "freeze (read records, build dataset, gzip, store)", () => freezeAnalysisInput(scope, instance.id));
  if (!frozen) throw new Error(`The freeze failed: ${steps[0]!.error}`);
  const input = await db.analysisInput.findUniqueOrThrow({ where: { id: frozen.inputId }, select: { sizeBytes: true, counts: true } });
  steps[0]!.storedBytes = input.sizeBytes;
  await step("decode", "decode the input (read, gunzip, parse)", () => loadAnalysisInput(scope, frozen.inputId));
  for (const engine of ENGINE_IDS) {
    await step(
      "engine",
      `${engine} engine (run, summarise, store insight)`,
      () => runAnalysisEngine(scope, { inputId: frozen.inputId, engine, options: {}, jobRunId: randomUUID() }),
      (run) => ({ computeMs: run.durationMs, insightId: run.insightId }),
    );
  }
  const insights = await db.insight.findMany({ where: { inputId: frozen.inputId }, select: { id: true, resultSize: true } });
  for (const s of steps) s.storedBytes ??= insights.find((insight) => insight.id === s.insightId)?.resultSize;

  const floorTests = await step("floor", "floor: tests and failures per control (SQL)", () =>
    plain.query(
      `SELECT data->>'controlId', count(*), count(*) FILTER (WHERE data->>'controlEffectiveness' = 'ineffective')
       FROM sn_records WHERE instance_id = $1 AND table_name = 'control_tests' GROUP BY 1`,
      [instance.id],
    ),
  );
  const floorControls = await step("floor", "floor: controls and non-compliant per entity (SQL)", () =>
    plain.query(
      `SELECT data->>'entityId', count(*), count(*) FILTER (WHERE data->>'status' = 'non_compliant')
       FROM sn_records WHERE instance_id = $1 AND table_name = 'controls' GROUP BY 1`,
      [instance.id],
    ),
  );
  await sampler.stop();
  await plain.end();
  await db.$disconnect();

  const total = (...kinds: StepKind[]) => {
    const chosen = steps.filter((s) => kinds.includes(s.kind));
    return { wall: chosen.reduce((sum, s) => sum + s.wallMs, 0), cpu: chosen.reduce((sum, s) => sum + s.cpuMs, 0) };
  };
  const both = ({ wall, cpu }: { wall: number; cpu: number }) => `${seconds(wall)} wall, ${seconds(cpu)} CPU`;
  const engines = total("engine");
  const job = total("decode", "engine");
  const floorMs = total("floor").wall;
  const tests = seeded.records.control_tests ?? 0;

  const header = ["step", "wall", "CPU", "engine compute", "stored (gzip)", "peak RSS"];
  const rows = steps.map((s) => [
    s.label,
    s.error ? `FAILED: ${s.error}` : seconds(s.wallMs),
    seconds(s.cpuMs),
    s.computeMs === undefined ? "" : seconds(s.computeMs),
    s.storedBytes === undefined ? "" : `${(s.storedBytes / 2 ** 20).toFixed(1)} MB`,
    mb(s.peakRss),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ")}`;

  const figures: Array<[string, string]> = [
    ["controls / control tests (records)", `${count(seeded.records.controls ?? 0)} / ${count(tests)}`],
    ["risks / citations / objectives / indicators / indicator results / issues", ["risks", "citations", "control_objectives", "indicators", "indicator_results", "issues"].map((t) => count(seeded.records[t] ?? 0)).join(" / ")],
    ["all records stored / rejected by the mapping", `${count(Object.values(seeded.records).reduce((a, b) => a + b, 0))} / ${seeded.rejected}`],
    ["dataset in the input (controls / tests / indicator results)", ["controls", "controlTests", "indicatorResults"].map((k) => count((input.counts as Record<string, number>)[k] ?? 0)).join(" / ")],
    ["setup, not measured: generate / map and insert", `${seconds(seeded.generateMs)} / ${seconds(seeded.insertMs)}`],
    ["four engines together", both(engines)],
    ["decode + four engines (an analysis job after the freeze)", `${both(job)} (target < ${seconds(TARGET_MS)}${scale === 1 ? (job.wall < TARGET_MS ? ": met" : ": MISSED") : " at scale 1"})`],
    ["freeze + decode + four engines", both(total("freeze", "decode", "engine"))],
    ["floor: plain SQL aggregations over the same rows", `${seconds(floorMs)} (${count((floorTests?.rowCount ?? 0) + (floorControls?.rowCount ?? 0))} groups)`],
    ["four engines / floor", `${(engines.wall / floorMs).toFixed(1)} ×`],
    ["peak RSS overall", mb(Math.max(...steps.map((s) => s.peakRss)))],
    ["load average (1 min) before / after the analysis: other work on this machine", `${loadBefore.toFixed(1)} / ${loadavg()[0]!.toFixed(1)} (${availableParallelism()} cores)`],
  ];
  const width = Math.max(...figures.map(([k]) => k.length));
  console.log(`\nAnalysis benchmark (scale ${scale}, PostgreSQL ${host}, database ${database}, Node ${process.version})`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log("");
  for (const [k, v] of figures) console.log(`  ${k.padEnd(width)}  ${v}`);
}

await withBenchDatabase(values.server, main);
process.exit(0);
