// A child process for sync-fault.int.test.ts, on the database named by DATABASE_URL or PGLITE_DIR.
//   SYNC_FIXTURE_MODE=start   connect an instance to SIM_URL (OAuth), start a full sync and run it
//                             until the test kills this process (SIGKILL, mid-sync)
//   SYNC_FIXTURE_MODE=resume  finish the run from the database, then print what was synced (JSON)
import { readFileSync, writeFileSync } from "node:fs";
import { db } from "@/lib/db";
import { getJob } from "@/lib/jobs/get-job";
import { startSync } from "@/lib/sync/start-sync";
import { syncedChecksums } from "@/lib/sync/synced-checksum";
import { OAUTH, connectedInstance, syncRunner } from "./sync-harness";

const stateFile = process.env.SYNC_FIXTURE_STATE as string;
// A killed process's runs are picked up again once its lease lapses.
const runner = syncRunner({ leaseMs: 1_000 });

if (process.env.SYNC_FIXTURE_MODE === "start") {
  const { ctx, instance } = await connectedInstance(process.env.SIM_URL as string, OAUTH);
  const started = await startSync(ctx, instance.id, { mode: "full" }, { pageSize: Number(process.env.SYNC_PAGE_SIZE) });
  writeFileSync(stateFile, JSON.stringify({ ctx, instanceId: instance.id, ...started }));
  runner.start();
} else {
  const state = JSON.parse(readFileSync(stateFile, "utf8"));
  await runner.drain();
  const [run, job, checksums, steps, keys] = await Promise.all([
    db.syncRun.findUniqueOrThrow({ where: { id: state.syncRunId }, select: { status: true, tables: true, error: true } }),
    getJob(state.ctx, state.jobId),
    syncedChecksums(state.ctx.organizationId, state.instanceId),
    db.jobStep.findMany({ where: { jobRunId: state.jobId }, select: { name: true, attempts: true } }),
    db.$queryRaw<Array<{ rows: number; distinct_keys: number }>>`
      SELECT count(*)::int AS rows, count(DISTINCT (table_name, sys_id))::int AS distinct_keys
      FROM sn_records WHERE instance_id = ${state.instanceId}::uuid`,
  ]);
  console.log(JSON.stringify({ run, job, checksums, steps, keys: keys[0] }));
  await db.$disconnect();
  process.exit(0);
}
