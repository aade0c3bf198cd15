import { z } from "zod";
import { JobSchema } from "@/lib/jobs/schemas";
import { ENGINE_IDS } from "./engine";

export const EngineIdSchema = z.enum(ENGINE_IDS);

export const AnalysisAccepted = z.object({
  jobId: z.uuid().describe("Follow it at GET /analysis/jobs/{jobId}"),
});
export type AnalysisAccepted = z.infer<typeof AnalysisAccepted>;

export const ReplayInput = z
  .object({
    syncRunId: z.uuid().describe("The past sync whose stored data to analyse again"),
    engines: z.array(EngineIdSchema).min(1).max(4).optional().describe("Default: all four"),
  })
  .strict();
export type ReplayInput = z.infer<typeof ReplayInput>;

export const AnalysisJobSchema = JobSchema.extend({
  instanceId: z.uuid(),
  engines: z.array(EngineIdSchema),
  replayOf: z.uuid().nullable().describe("For a replay, the sync whose stored data was analysed"),
  insights: z.array(
    z.object({ engine: EngineIdSchema, insightId: z.uuid(), durationMs: z.number().int(), keyFigures: z.record(z.string(), z.number()) }),
  ),
  runMs: z.number().int().nullable().describe("Time from start to finish"),
});
export type AnalysisJob = z.infer<typeof AnalysisJobSchema>;

export const AnalysisJobIdParams = z.object({ jobId: z.uuid() });

export const AnalysisJobsQuery = z.object({
  instanceId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.uuid().optional(),
});
