import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Persistence of in-process runs: claiming with a lease (so a dead process's runs are picked up
// again), memoized steps, and suspension until a retry or a sleep is due.

export const DEFAULT_LEASE_MS = 30_000;

export interface StoredEvent {
  name: string;
  id: string;
  ts: number;
  data: Record<string, unknown>;
}

export interface ClaimedRun {
  id: string;
  functionId: string;
  event: StoredEvent;
  attempt: number;
}

export async function createRun(input: {
  functionId: string;
  event: StoredEvent;
  organizationId?: string | null;
}): Promise<string> {
  const row = await db.jobRun.upsert({
    where: { eventId_functionId: { eventId: input.event.id, functionId: input.functionId } },
    create: {
      functionId: input.functionId,
      eventName: input.event.name,
      eventId: input.event.id,
      event: input.event as unknown as Prisma.InputJsonValue,
      organizationId: input.organizationId ?? null,
    },
    update: {},
    select: { id: true },
  });
  return row.id;
}

/** Takes the next due run whose lease is free, or null. Safe with several processes. */
export async function claimNextRun(functionIds: string[], leaseMs: number): Promise<ClaimedRun | null> {
  if (functionIds.length === 0) return null;
  const rows = await db.$queryRaw<Array<{ id: string; function_id: string; event: StoredEvent; attempt: number }>>`
    UPDATE job_runs SET status = 'RUNNING', lease_expires_at = now() + ${`${leaseMs} milliseconds`}::interval,
      started_at = coalesce(started_at, now()), updated_at = now()
    WHERE id = (
      SELECT id FROM job_runs
      WHERE status IN ('QUEUED', 'RUNNING') AND run_after <= now()
        AND (lease_expires_at IS NULL OR lease_expires_at < now())
        AND function_id = ANY(${functionIds})
      ORDER BY run_after, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING id, function_id, event, attempt`;
  const row = rows[0];
  return row ? { id: row.id, functionId: row.function_id, event: row.event, attempt: row.attempt } : null;
}

export async function hasOpenRuns(functionIds: string[]): Promise<boolean> {
  const open = await db.jobRun.count({ where: { functionId: { in: functionIds }, status: { in: ["QUEUED", "RUNNING"] } } });
  return open > 0;
}

export async function renewLease(runId: string, leaseMs: number): Promise<void> {
  await db.jobRun.updateMany({
    where: { id: runId, status: "RUNNING" },
    data: { leaseExpiresAt: new Date(Date.now() + leaseMs) },
  });
}

/** Gives the run back until `runAfter` (a retry backoff or a sleep). */
export async function suspendRun(runId: string, runAfter: Date, attempt: number): Promise<void> {
  await db.jobRun.updateMany({
    where: { id: runId, status: "RUNNING" },
    data: { runAfter, attempt, leaseExpiresAt: null },
  });
}

export async function setAttempt(runId: string, attempt: number): Promise<void> {
  await db.jobRun.update({ where: { id: runId }, data: { attempt } });
}

export async function isCancelRequested(runId: string): Promise<boolean> {
  const run = await db.jobRun.findUnique({ where: { id: runId }, select: { cancelRequestedAt: true, status: true } });
  return !run || run.cancelRequestedAt !== null || run.status === "CANCELLED";
}

export interface MemoizedStep {
  id: string;
  data?: unknown;
  error?: unknown;
}

export async function loadSteps(runId: string): Promise<MemoizedStep[]> {
  const steps = await db.jobStep.findMany({
    where: { jobRunId: runId },
    orderBy: [{ finishedAt: "asc" }, { id: "asc" }],
    select: { hashedId: true, output: true, error: true },
  });
  return steps.map((s) =>
    s.error !== null ? { id: s.hashedId, error: s.error } : { id: s.hashedId, data: s.output },
  );
}

export async function saveStep(
  runId: string,
  step: { id: string; name: string; data?: unknown; error?: unknown; attempts: number },
): Promise<void> {
  // Step results cross a JSON boundary on Inngest too; storing them the same way keeps replays identical.
  const json = (v: unknown) => {
    const plain = JSON.parse(JSON.stringify(v ?? null)) as Prisma.InputJsonValue | null;
    return plain === null ? Prisma.JsonNull : plain;
  };
  await db.jobStep.upsert({
    where: { jobRunId_hashedId: { jobRunId: runId, hashedId: step.id } },
    create: {
      jobRunId: runId,
      hashedId: step.id,
      name: step.name,
      output: step.error === undefined ? json(step.data) : undefined,
      error: step.error === undefined ? undefined : json(step.error),
      attempts: step.attempts,
    },
    update: {},
  });
}
