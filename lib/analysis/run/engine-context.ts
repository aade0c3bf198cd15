import type { TenantTx } from "@/lib/tenancy/with-tenant";
import type { EngineId } from "../engine";
import type { PredictiveModel } from "../predictive/predictive-engine";

/** What an engine reads besides the dataset: decisions people made and models trained before. */
export async function loadEngineContext(tx: TenantTx, engine: EngineId, instanceId: string): Promise<unknown> {
  if (engine === "compliance") {
    const decisions = await tx.crosswalkDecision.findMany({
      where: { instanceId },
      select: { sourceId: true, requirementId: true, decision: true },
      orderBy: [{ sourceId: "asc" }, { requirementId: "asc" }],
    });
    return { crosswalkDecisions: decisions.map((d) => ({ ...d, decision: d.decision === "accepted" ? "accepted" : "rejected" })) };
  }
  if (engine === "predictive") {
    const latest = await tx.predictiveModel.findFirst({ where: { instanceId }, orderBy: { version: "desc" }, select: { model: true } });
    return { model: (latest?.model as PredictiveModel | undefined) ?? null };
  }
  return {};
}
