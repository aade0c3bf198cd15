import type { EngineId } from "@/lib/analysis/engine";
import type { Insight, Prisma } from "@/lib/generated/prisma/client";
import type { InsightListItem, InsightView } from "./schemas";

/** The columns of an insight a list shows: everything but the summary and the stored result. */
export const insightListSelect = {
  id: true,
  instanceId: true,
  engine: true,
  engineVersion: true,
  syncRunId: true,
  jobRunId: true,
  dataAsOf: true,
  createdAt: true,
  durationMs: true,
  keyFigures: true,
} as const;

export const insightSelect = { ...insightListSelect, summary: true } as const;

/** Newest first; the id breaks ties between insights of one job (written in the same millisecond). */
export const newestFirst: Prisma.InsightOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

type ListRow = Pick<Insight, keyof typeof insightListSelect>;

export function toInsightListItem(row: ListRow): InsightListItem {
  return {
    id: row.id,
    instanceId: row.instanceId,
    engine: row.engine as EngineId,
    engineVersion: row.engineVersion,
    syncRunId: row.syncRunId,
    jobId: row.jobRunId,
    dataAsOf: row.dataAsOf.toISOString(),
    createdAt: row.createdAt.toISOString(),
    durationMs: row.durationMs,
    keyFigures: row.keyFigures as Record<string, number>,
  };
}

export function toInsightView(row: ListRow & Pick<Insight, "summary">): InsightView {
  return { ...toInsightListItem(row), summary: row.summary as Record<string, unknown> };
}
