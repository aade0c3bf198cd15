import { appendAuditEvent, auditActorOf } from "@/lib/audit/append-audit-event";
import { authorize } from "@/lib/auth/authorize";
import type { ActorContext } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { tenantOf } from "@/lib/instances/tenant-of";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { assertId } from "@/lib/organizations/ids";
import { withTenant } from "@/lib/tenancy/with-tenant";
import { ENGINE_IDS, type EngineId } from "../engine";
import { engineOf } from "../engines";
import type { AnalysisAccepted } from "../schemas";

export const ANALYSIS_FUNCTION_ID = "analysis-run";

export interface StartAnalysisInput {
  instanceId: string;
  engines: readonly EngineId[];
  /** Options per engine, validated against each engine's own schema. */
  options?: Partial<Record<EngineId, unknown>>;
  /** A replay: analyse the stored data of this past sync instead of the latest one. */
  syncRunId?: string;
}

/**
 * Starts an analysis job for one instance. Checks what can be checked now (the instance, a
 * successful sync, a replay's stored data, every engine's options) so the caller hears about a
 * mistake at once instead of from a failed job.
 */
export async function startAnalysis(ctx: ActorContext, input: StartAnalysisInput): Promise<AnalysisAccepted> {
  authorize(ctx, "analysis:create");
  assertId(input.instanceId, "Instance");
  if (input.syncRunId) assertId(input.syncRunId, "Sync run");
  const engines = ENGINE_IDS.filter((id) => input.engines.includes(id));
  const options: Record<string, unknown> = {};
  for (const id of engines) options[id] = engineOf(id).options.parse(input.options?.[id] ?? {});

  await withTenant(tenantOf(ctx), async (tx) => {
    const instance = await tx.serviceNowInstance.findFirst({ where: { id: input.instanceId }, select: { id: true } });
    if (!instance) throw notFound("Instance");
    if (input.syncRunId) {
      const stored = await tx.analysisInput.findFirst({ where: { instanceId: input.instanceId, syncRunId: input.syncRunId }, select: { id: true } });
      if (!stored) throw new AppError("not_found", "No stored data for that sync of this instance: only syncs that were analysed can be replayed");
    } else {
      const synced = await tx.syncRun.findFirst({ where: { instanceId: input.instanceId, status: "SUCCEEDED" }, select: { id: true } });
      if (!synced) throw new AppError("conflict", "This instance has not been synced yet: sync it first, and the analysis starts by itself");
    }
  });

  const jobId = await enqueueJob(ctx, {
    functionId: ANALYSIS_FUNCTION_ID,
    eventName: "analysis/run.requested",
    data: { instanceId: input.instanceId, engines, options, requestedBy: ctx.actorId, ...(input.syncRunId ? { syncRunId: input.syncRunId } : {}) },
  });
  await withTenant(tenantOf(ctx), (tx) =>
    appendAuditEvent(tx, auditActorOf(ctx), {
      action: input.syncRunId ? "analysis.replay_requested" : "analysis.requested",
      targetType: "instance",
      targetId: input.instanceId,
      changes: { jobId, engines, ...(input.syncRunId ? { syncRunId: input.syncRunId } : {}) },
    }),
  );
  return { jobId };
}
