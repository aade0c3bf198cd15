import type { EngineId } from "@/lib/analysis/engine";
import type { Insight, SavedReport } from "@/lib/generated/prisma/client";
import type { SavedReportView } from "./schemas";

export const savedReportSelect = {
  id: true,
  name: true,
  insightId: true,
  createdById: true,
  createdAt: true,
  insight: { select: { engine: true, instanceId: true, createdAt: true, dataAsOf: true } },
} as const;

type Row = Pick<SavedReport, "id" | "name" | "insightId" | "createdById" | "createdAt"> & {
  insight: Pick<Insight, "engine" | "instanceId" | "createdAt" | "dataAsOf">;
};

export function toSavedReportView(row: Row): SavedReportView {
  return {
    id: row.id,
    name: row.name,
    insightId: row.insightId,
    engine: row.insight.engine as EngineId,
    instanceId: row.insight.instanceId,
    insightCreatedAt: row.insight.createdAt.toISOString(),
    dataAsOf: row.insight.dataAsOf.toISOString(),
    createdById: row.createdById,
    createdAt: row.createdAt.toISOString(),
  };
}
