import { gzipSync } from "node:zlib";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type TenantScope, withTenant } from "@/lib/tenancy/with-tenant";
import type { EngineId } from "../engine";
import { engineOf } from "../engines";
import { loadAnalysisInput } from "../input/load-analysis-input";
import { loadEngineContext } from "./engine-context";

/** Findings kept per insight for search and notifications; the full list stays in the result. */
const MAX_STORED_FINDINGS = 1000;

export interface EngineRun {
  insightId: string;
  engine: EngineId;
  durationMs: number;
  keyFigures: Record<string, number>;
}

export interface EngineRunRequest {
  inputId: string;
  engine: EngineId;
  options: unknown;
  /** The job this run belongs to: a retried step finds the insight it already wrote. */
  jobRunId: string;
}

/**
 * Runs one engine on a frozen input and stores the immutable insight (summary, key figures,
 * gzip'd result with its subjects, findings, and a newly trained model) in one transaction.
 */
export async function runAnalysisEngine(scope: TenantScope, request: EngineRunRequest): Promise<EngineRun> {
  const done = await withTenant(scope, (tx) =>
    tx.insight.findFirst({
      where: { jobRunId: request.jobRunId, engine: request.engine },
      select: { id: true, durationMs: true, keyFigures: true },
    }),
  );
  if (done) return { insightId: done.id, engine: request.engine, durationMs: done.durationMs, keyFigures: done.keyFigures as Record<string, number> };

  const dataset = await loadAnalysisInput(scope, request.inputId);
  const engine = engineOf(request.engine);
  const options = engine.options.parse(request.options ?? {});
  const context = await withTenant(scope, (tx) => loadEngineContext(tx, request.engine, dataset.instanceId));
  const started = performance.now();
  const result = engine.run(dataset, options, context);
  const durationMs = Math.round(performance.now() - started);
  const keyFigures = engine.keyFigures(result);
  const findings = engine.findings(result).slice(0, MAX_STORED_FINDINGS);
  const blob = gzipSync(Buffer.from(JSON.stringify({ result, subjects: engine.subjects(result) })), { level: 3 });

  const insightId = await withTenant(scope, async (tx) => {
    const insight = await tx.insight.create({
      data: {
        organizationId: scope.organizationId,
        instanceId: dataset.instanceId,
        inputId: request.inputId,
        syncRunId: dataset.syncRunId,
        engine: request.engine,
        engineVersion: engine.version,
        jobRunId: request.jobRunId,
        dataAsOf: new Date(dataset.asOf),
        durationMs,
        keyFigures: keyFigures as Prisma.InputJsonValue,
        summary: engine.summarize(result) as Prisma.InputJsonValue,
        resultSize: blob.length,
        result: blob,
      },
      select: { id: true },
    });
    await tx.insightFinding.createMany({
      data: findings.map((f, position) => ({
        organizationId: scope.organizationId,
        insightId: insight.id,
        position,
        severity: f.severity,
        title: f.title.slice(0, 500),
        detail: f.detail.slice(0, 4000),
        subjectId: f.subjectId ?? null,
      })),
    });
    await storeTrainedModel(tx, scope.organizationId, request, dataset.instanceId, engine.version, result);
    return insight.id;
  });
  return { insightId, engine: request.engine, durationMs, keyFigures };
}

async function storeTrainedModel(
  tx: Prisma.TransactionClient,
  organizationId: string,
  request: EngineRunRequest,
  instanceId: string,
  engineVersion: string,
  result: unknown,
): Promise<void> {
  const trained = result as { trainedNow?: boolean; model?: unknown };
  if (request.engine !== "predictive" || !trained.trainedNow || !trained.model) return;
  const latest = await tx.predictiveModel.findFirst({ where: { instanceId }, orderBy: { version: "desc" }, select: { version: true } });
  await tx.predictiveModel.create({
    data: {
      organizationId,
      instanceId,
      version: (latest?.version ?? 0) + 1,
      engineVersion,
      inputId: request.inputId,
      model: trained.model as Prisma.InputJsonValue,
    },
  });
}
