import { z } from "zod";

export const JobStatusSchema = z.enum(["queued", "running", "succeeded", "failed", "cancelled"]);

/** A background job as the UI and REST see it. */
export const JobSchema = z.object({
  id: z.uuid(),
  functionId: z.string(),
  status: JobStatusSchema,
  progress: z.number().int().min(0).max(100),
  progressLabel: z.string().nullable(),
  attempt: z.number().int(),
  result: z.unknown().nullable(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
});
export type Job = z.infer<typeof JobSchema>;

export const JobIdParams = z.object({ jobId: z.uuid() });

export const PingInput = z.object({
  steps: z.number().int().min(1).max(20).default(3),
  delayMs: z.number().int().min(0).max(10_000).default(250),
});
export type PingInput = z.infer<typeof PingInput>;

export const JobAccepted = z.object({ jobId: z.uuid() });
