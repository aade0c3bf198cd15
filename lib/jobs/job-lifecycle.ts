import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Status writes shared by the in-process runner and by tracked jobs running on Inngest. Each only
// moves a job forward: a cancelled or finished job is never revived by a late write.
const OPEN = { in: ["QUEUED", "RUNNING"] as ("QUEUED" | "RUNNING")[] };

export async function markJobStarted(jobId: string, externalRunId?: string): Promise<void> {
  const now = new Date();
  await db.jobRun.updateMany({
    where: { id: jobId, status: OPEN },
    data: { status: "RUNNING", ...(externalRunId ? { externalRunId } : {}) },
  });
  await db.jobRun.updateMany({ where: { id: jobId, startedAt: null }, data: { startedAt: now } });
}

export async function reportJobProgress(jobId: string, progress: number, label?: string): Promise<void> {
  await db.jobRun.updateMany({
    where: { id: jobId, status: OPEN },
    data: { progress: Math.max(0, Math.min(100, Math.round(progress))), progressLabel: label ?? null },
  });
}

export async function markJobSucceeded(jobId: string, result: unknown): Promise<void> {
  await db.jobRun.updateMany({
    where: { id: jobId, status: OPEN },
    data: {
      status: "SUCCEEDED",
      progress: 100,
      result: (result ?? undefined) as Prisma.InputJsonValue | undefined,
      finishedAt: new Date(),
      leaseExpiresAt: null,
    },
  });
}

export async function markJobFailed(jobId: string, error: string): Promise<void> {
  await db.jobRun.updateMany({
    where: { id: jobId, status: OPEN },
    data: { status: "FAILED", error: error.slice(0, 2000), finishedAt: new Date(), leaseExpiresAt: null },
  });
}
