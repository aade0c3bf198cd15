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

/** Runs as they happened, newest first; the id breaks ties between insights written in one millisecond. */
export const newestRunFirst: Prisma.InsightOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

/**
 * What "the latest insight" means everywhere (instance page, compare, search): the one about the
 * most recent data, and of those the newest run. A replay of an old sync is not the current state;
 * a replay of the newest sync with an upgraded engine replaces it.
 */
export const latestFirst: Prisma.InsightOrderByWithRelationInput[] = [{ dataAsOf: "desc" }, { createdAt: "desc" }, { id: "desc" }];

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
