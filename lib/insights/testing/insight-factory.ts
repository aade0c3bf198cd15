import { createHash, randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { EngineId, InsightSubject } from "@/lib/analysis/engine";
import type { ActorContext } from "@/lib/auth/context";
import { createInstance } from "@/lib/instances/create-instance";
import { withTenant } from "@/lib/tenancy/with-tenant";

// Insights written the way runAnalysisEngine writes them (summary and key figures as JSON, the
// result gzip'd as { result, subjects }, findings as rows), without running an engine.

export interface TestFinding {
  severity?: string;
  title: string;
  detail: string;
  subjectId?: string;
}

export interface TestInsight {
  instanceId: string;
  engine: EngineId;
  createdAt?: Date;
  dataAsOf?: Date;
  keyFigures?: Record<string, number>;
  summary?: Record<string, unknown>;
  subjects?: InsightSubject[];
  findings?: TestFinding[];
  jobRunId?: string;
}

/** A ServiceNow instance of the member's organization, connected through the real use case (no network). */
export async function createTestInstance(ctx: ActorContext, name = `Instance ${randomUUID().slice(0, 8)}`): Promise<string> {
  const instance = await createInstance(ctx, {
    name,
    url: `https://ciq${randomUUID().slice(0, 8)}.service-now.com`,
    auth: { type: "basic", username: "insights-test", password: "insights-test-password" },
  });
  return instance.id;
}

/**
 * One stored insight (with its own frozen input) of the organization; returns its id. The rows
 * are inserted with SQL: Prisma hands bytea values to the PGlite adapter as base64 text, which
 * PGlite refuses, so decode() turns the text into bytes in the database.
 */
export async function createTestInsight(organizationId: string, insight: TestInsight): Promise<string> {
  const createdAt = insight.createdAt ?? new Date();
  const dataAsOf = insight.dataAsOf ?? createdAt;
  const payload = gzipSync(Buffer.from("{}"));
  const result = gzipSync(Buffer.from(JSON.stringify({ result: {}, subjects: insight.subjects ?? [] })));
  const inputId = randomUUID();
  const insightId = randomUUID();
  const syncRunId = randomUUID();
  await withTenant({ organizationId }, async (tx) => {
    await tx.$executeRaw`
      INSERT INTO analysis_inputs (id, organization_id, instance_id, sync_run_id, data_as_of, counts, sha256, size_bytes, payload)
      VALUES (${inputId}::uuid, ${organizationId}::uuid, ${insight.instanceId}::uuid, ${syncRunId}::uuid, ${dataAsOf.toISOString()}::timestamptz,
              '{}'::jsonb, ${createHash("sha256").update(payload).digest("hex")}, ${payload.length}::int, decode(${payload.toString("base64")}, 'base64'))`;
    await tx.$executeRaw`
      INSERT INTO insights (id, organization_id, instance_id, input_id, sync_run_id, engine, engine_version, job_run_id, data_as_of,
                            duration_ms, key_figures, summary, result_size, result, created_at)
      VALUES (${insightId}::uuid, ${organizationId}::uuid, ${insight.instanceId}::uuid, ${inputId}::uuid, ${syncRunId}::uuid, ${insight.engine},
              '1.0.0', ${insight.jobRunId ?? null}::uuid, ${dataAsOf.toISOString()}::timestamptz, 12,
              ${JSON.stringify(insight.keyFigures ?? {})}::jsonb, ${JSON.stringify(insight.summary ?? { engine: insight.engine })}::jsonb,
              ${result.length}::int, decode(${result.toString("base64")}, 'base64'), ${createdAt.toISOString()}::timestamptz)`;
    await tx.insightFinding.createMany({
      data: (insight.findings ?? []).map((f, position) => ({
        organizationId,
        insightId,
        position,
        severity: f.severity ?? "medium",
        title: f.title,
        detail: f.detail,
        subjectId: f.subjectId ?? null,
      })),
    });
  });
  return insightId;
}

/** A control subject as the controls engine writes it. */
export function controlSubject(id: string, value: number | null, status: string, tags: string[] = [`class:${status}`]): InsightSubject {
  return { id, label: `${id} Control ${id}`, type: "control", value, status, tags };
}
