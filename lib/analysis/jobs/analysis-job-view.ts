import { jobSelect, toJob } from "@/lib/jobs/job-view";
import type { JobRun } from "@/lib/generated/prisma/client";
import type { EngineId } from "../engine";
import type { AnalysisJob } from "../schemas";
import { ANALYSIS_FUNCTION_ID } from "./start-analysis";

export const analysisJobSelect = { ...jobSelect, event: true } as const;

type Row = Pick<JobRun, keyof typeof analysisJobSelect>;
type InsightRow = { id: string; engine: string; durationMs: number; keyFigures: unknown };

/** Analysis jobs are the job runs of the analysis function (its id is prefixed with the app's). */
export const analysisJobsWhere = { functionId: { endsWith: `-${ANALYSIS_FUNCTION_ID}` } } as const;

export function toAnalysisJob(row: Row, insights: InsightRow[]): AnalysisJob {
  const data = ((row.event as { data?: Record<string, unknown> } | null)?.data ?? {}) as {
    instanceId?: string;
    engines?: EngineId[];
    syncRunId?: string;
  };
  const engines = data.engines ?? [];
  return {
    ...toJob(row),
    instanceId: data.instanceId ?? "",
    engines,
    replayOf: data.syncRunId ?? null,
    insights: insights
      .map((i) => ({ engine: i.engine as EngineId, insightId: i.id, durationMs: i.durationMs, keyFigures: i.keyFigures as Record<string, number> }))
      .sort((a, b) => engines.indexOf(a.engine) - engines.indexOf(b.engine)),
    runMs: row.startedAt && row.finishedAt ? row.finishedAt.getTime() - row.startedAt.getTime() : null,
  };
}
