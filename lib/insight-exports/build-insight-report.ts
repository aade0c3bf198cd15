import { gunzipSync } from "node:zlib";
import { type EngineId } from "@/lib/analysis/engine";
import { ENGINE_LABELS } from "@/lib/analysis/engine-labels";
import { engineOf } from "@/lib/analysis/engines";
import type { Report } from "@/lib/analysis/report/types";
import { notFound } from "@/lib/errors";
import type { TenantTx } from "@/lib/tenancy/with-tenant";

/** The format-neutral report of one insight: its engine's section, with the cover facts around it. */
export async function buildInsightReport(tx: TenantTx, insightId: string): Promise<Report> {
  const insight = await tx.insight.findFirst({
    where: { id: insightId },
    select: {
      engine: true,
      engineVersion: true,
      dataAsOf: true,
      result: true,
      instance: { select: { name: true, organization: { select: { name: true } } } },
    },
  });
  if (!insight) throw notFound("Insight");
  const engineId = insight.engine as EngineId;
  const engine = engineOf(engineId);
  const { result } = JSON.parse(gunzipSync(insight.result).toString("utf8")) as { result: unknown };
  const section = engine.toReport(result);
  const figures = section.keyFigures.map((f) => `${f.label}: ${f.value}`).join("; ");
  return {
    title: `${ENGINE_LABELS[engineId]} report`,
    organizationName: insight.instance.organization.name,
    instanceName: insight.instance.name,
    generatedAt: new Date(),
    dataAsOf: insight.dataAsOf,
    engineVersions: { [engineId]: insight.engineVersion },
    executiveSummary: `${section.summary}${figures ? `\n\nKey figures: ${figures}.` : ""}`,
    sections: [section],
  };
}
