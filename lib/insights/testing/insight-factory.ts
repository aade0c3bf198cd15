import { createHash, randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { EngineId, InsightSubject } from "@/lib/analysis/engine";
import type { ActorContext } from "@/lib/auth/context";
import { createInstance } from "@/lib/instances/create-instance";
import type { Prisma } from "@/lib/generated/prisma/client";
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

/** One stored insight (with its own frozen input) of the organization; returns its id. */
export async function createTestInsight(organizationId: string, insight: TestInsight): Promise<string> {
  const createdAt = insight.createdAt ?? new Date();
  const dataAsOf = insight.dataAsOf ?? createdAt;
  const payload = gzipSync(Buffer.from("{}"));
  const result = gzipSync(Buffer.from(JSON.stringify({ result: {}, subjects: insight.subjects ?? [] })));
  const inputId = randomUUID();
  const insightId = randomUUID();
  const syncRunId = randomUUID();
  await withTenant({ organizationId }, async (tx) => {
    await tx.analysisInput.create({
      data: {
        id: inputId, organizationId, instanceId: insight.instanceId, syncRunId, dataAsOf, counts: {},
        sha256: createHash("sha256").update(payload).digest("hex"), sizeBytes: payload.length, payload,
      },
    });
    await tx.insight.create({
      data: {
        id: insightId, organizationId, instanceId: insight.instanceId, inputId, syncRunId, engine: insight.engine,
        engineVersion: "1.0.0", jobRunId: insight.jobRunId ?? null, dataAsOf, durationMs: 12,
        keyFigures: insight.keyFigures ?? {}, summary: (insight.summary ?? { engine: insight.engine }) as Prisma.InputJsonValue,
        resultSize: result.length, result, createdAt,
      },
    });
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
