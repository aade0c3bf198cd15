import type { JobRun } from "@/lib/generated/prisma/client";
import type { Job } from "./schemas";

export const jobSelect = {
  id: true,
  functionId: true,
  status: true,
  progress: true,
  progressLabel: true,
  attempt: true,
  result: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

type JobRow = Pick<JobRun, keyof typeof jobSelect>;

export function toJob(row: JobRow): Job {
  return {
    ...row,
    status: row.status.toLowerCase() as Job["status"],
    result: row.result ?? null,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
