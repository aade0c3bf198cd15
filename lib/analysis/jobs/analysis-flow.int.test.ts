import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import * as startControlsRoute from "@/app/api/v1/analysis/controls/route";
import * as analysisJobRoute from "@/app/api/v1/analysis/jobs/[jobId]/route";
import * as replayRoute from "@/app/api/v1/analysis/[instanceId]/replay/route";
import * as downloadRoute from "@/app/api/v1/exports/[exportId]/download/route";
import { inngest } from "@/inngest/client";
import { analysisAfterSync } from "@/inngest/functions/analysis-after-sync";
import { analysisRun } from "@/inngest/functions/analysis-run";
import { insightExport } from "@/inngest/functions/insight-export";
import { instanceSync } from "@/inngest/functions/instance-sync";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { decideCrosswalk } from "@/lib/crosswalk/decide-crosswalk";
import { db } from "@/lib/db";
import { requestInsightExport } from "@/lib/insight-exports/request-export";
import { getExport } from "@/lib/insight-exports/get-export";
import { InProcessRunner } from "@/lib/jobs/in-process/runner";
import { type RunningSimulator, startSimulator } from "@/lib/servicenow/simulator/server";
import { startSync } from "@/lib/sync/start-sync";
import { connectedInstance } from "@/lib/sync/testing/sync-harness";
import { callRoute } from "@/lib/testing/call-route";
import { createMember } from "@/lib/testing/factories";
import { ENGINE_IDS, type EngineId } from "../engine";
import { engineOf } from "../engines";
import { getAnalysisJob } from "./get-analysis-job";
import { listAnalysisJobs } from "./list-analysis-jobs";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 23, size: "small", quiet: true });
});
afterAll(() => sim?.close());

const runner = () => new InProcessRunner(inngest, [instanceSync, analysisAfterSync, analysisRun, insightExport], { retryDelayMs: () => 5 });

async function syncedAndAnalysed() {
  const member = await connectedInstance(sim.url);
  await startSync(member.ctx, member.instance.id, { mode: "full" });
  await runner().drain();
  return member;
}

describe("analysis jobs", () => {
  it("a successful sync starts all four analyses, which store immutable insights tagged with the sync", async () => {
    const { ctx, instance } = await syncedAndAnalysed();
    const { data: jobs } = await listAnalysisJobs(ctx, { instanceId: instance.id, limit: 10 });
    expect(jobs).toHaveLength(1);
    const job = jobs[0]!;
    expect(job).toMatchObject({ status: "succeeded", progress: 100, engines: [...ENGINE_IDS], replayOf: null });
    expect(job.insights.map((i) => i.engine)).toEqual([...ENGINE_IDS]);
    expect(job.runMs).toBeGreaterThan(0);

    const sync = await db.syncRun.findFirstOrThrow({ where: { instanceId: instance.id, status: "SUCCEEDED" } });
    const insights = await db.insight.findMany({ where: { jobRunId: job.id } });
    expect(insights).toHaveLength(4);
    for (const insight of insights) {
      expect(insight).toMatchObject({ syncRunId: sync.id, engineVersion: engineOf(insight.engine as EngineId).version, organizationId: ctx.organizationId });
      const stored = JSON.parse(gunzipSync(insight.result).toString("utf8")) as { subjects: unknown[] };
      expect(stored.subjects.length, insight.engine).toBeGreaterThan(0);
    }
    // One frozen input served all four engines; a trained model was stored for reuse.
    expect(await db.analysisInput.count({ where: { instanceId: instance.id } })).toBe(1);
    expect(await db.predictiveModel.count({ where: { instanceId: instance.id } })).toBe(1);
    await expect(db.insight.update({ where: { id: insights[0]!.id }, data: { engineVersion: "9.9.9" } })).rejects.toThrow(/immutable/);
    expect(await verifyAuditChain(ctx.organizationId)).toMatchObject({ valid: true });
  });

  it("runs one engine over REST with an API key, reuses the stored model, replays a past sync, and deletes a finished job", async () => {
    const { ctx, instance } = await syncedAndAnalysed();
    const { key } = await createApiKey(ctx, { name: "Analysis bot", permissions: ["analysis:create", "analysis:read", "analysis:delete"] });
    const auth = { authorization: `Bearer ${key}` };

    const started = await callRoute(startControlsRoute.POST, { method: "POST", url: "/analysis/controls", body: { instanceId: instance.id }, headers: auth });
    expect(started.status).toBe(202);
    const bad = await callRoute(startControlsRoute.POST, {
      method: "POST",
      url: "/analysis/controls",
      body: { instanceId: instance.id, options: { halfLifeMonths: "soon" } },
      headers: auth,
    });
    expect(bad.status).toBe(400);
    await runner().drain();
    const { jobId } = started.json as { jobId: string };
    const read = await callRoute(analysisJobRoute.GET, { url: `/analysis/jobs/${jobId}`, params: { jobId }, headers: auth });
    expect(read.json).toMatchObject({ status: "succeeded", engines: ["controls"], insights: [{ engine: "controls" }] });

    const sync = await db.syncRun.findFirstOrThrow({ where: { instanceId: instance.id, status: "SUCCEEDED" } });
    const replay = await callRoute(replayRoute.POST, {
      method: "POST",
      url: `/analysis/${instance.id}/replay`,
      params: { instanceId: instance.id },
      body: { syncRunId: sync.id, engines: ["predictive"] },
      headers: auth,
    });
    expect(replay.status).toBe(202);
    await runner().drain();
    const replayed = await getAnalysisJob(ctx, (replay.json as { jobId: string }).jobId);
    expect(replayed).toMatchObject({ status: "succeeded", replayOf: sync.id });
    // Not retrained: the model of the first analysis is reused.
    expect(await db.predictiveModel.count({ where: { instanceId: instance.id } })).toBe(1);

    const unknownSync = await callRoute(replayRoute.POST, {
      method: "POST",
      url: `/analysis/${instance.id}/replay`,
      params: { instanceId: instance.id },
      body: { syncRunId: crypto.randomUUID() },
      headers: auth,
    });
    expect(unknownSync.status).toBe(404);

    const removed = await callRoute(analysisJobRoute.DELETE, { method: "DELETE", url: `/analysis/jobs/${jobId}`, params: { jobId }, headers: auth });
    expect(removed.json).toEqual({ jobId, outcome: "deleted" });
    expect(await db.insight.count({ where: { jobRunId: jobId } })).toBe(0);
  });

  it("refuses to analyse an instance that was never synced, and hides other organizations' jobs", async () => {
    const { ctx, instance } = await connectedInstance(sim.url);
    const { key } = await createApiKey(ctx, { name: "Bot", permissions: ["analysis:create"] });
    const refused = await callRoute(startControlsRoute.POST, {
      method: "POST",
      url: "/analysis/controls",
      body: { instanceId: instance.id },
      headers: { authorization: `Bearer ${key}` },
    });
    expect(refused.status).toBe(409);
    expect(refused.text).toMatch(/not been synced/);

    const other = await createMember("ORG_ADMIN");
    await expect(listAnalysisJobs(other.ctx, { instanceId: instance.id, limit: 5 })).resolves.toEqual({ data: [], nextCursor: null });
  });
});

describe("insight exports", () => {
  it("render PDF, CSV and Excel as jobs and download only within the organization", async () => {
    const { ctx, instance } = await syncedAndAnalysed();
    const insight = await db.insight.findFirstOrThrow({ where: { instanceId: instance.id, engine: "controls" } });
    const files: Record<string, Buffer> = {};
    for (const format of ["pdf", "csv", "xlsx"] as const) {
      const { exportId } = await requestInsightExport(ctx, insight.id, { format });
      await runner().drain();
      const view = await getExport(ctx, exportId);
      expect(view, format).toMatchObject({ status: "succeeded", format, downloadUrl: `/api/v1/exports/${exportId}/download` });
      expect(view.fileName).toMatch(new RegExp(`^complianceiq-control-effectiveness-sim-[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      const { key } = await createApiKey(ctx, { name: `Export ${format}`, permissions: ["insights:export"] });
      const response = await callRoute(downloadRoute.GET, {
        url: `/exports/${exportId}/download`,
        params: { exportId },
        headers: { authorization: `Bearer ${key}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toContain(view.fileName!);
      files[format] = Buffer.from((await db.reportExport.findUniqueOrThrow({ where: { id: exportId } })).content!);

      const stranger = await createMember("ORG_ADMIN");
      const { key: strangerKey } = await createApiKey(stranger.ctx, { name: "Stranger", permissions: ["insights:export"] });
      const denied = await callRoute(downloadRoute.GET, { url: `/exports/${exportId}/download`, params: { exportId }, headers: { authorization: `Bearer ${strangerKey}` } });
      expect(denied.status).toBe(404);
    }
    const pdf = await new PDFParse({ data: new Uint8Array(files.pdf!) }).getText();
    expect(pdf.total).toBeGreaterThanOrEqual(3);
    expect(pdf.text).toContain("Control effectiveness report");
    expect(pdf.text).toContain(instance.name);
    expect(files.csv!.toString("utf8").startsWith("\uFEFF")).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files.xlsx! as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.name).toBe("Summary");
    expect(workbook.worksheets.map((s) => s.name)).toContain("Findings");
  });

  it("records crosswalk decisions, which the next compliance analysis counts", async () => {
    const { ctx, instance } = await syncedAndAnalysed();
    const insight = await db.insight.findFirstOrThrow({ where: { instanceId: instance.id, engine: "compliance" } });
    const summary = insight.summary as { crosswalk: { suggestions: { sourceId: string; requirementId: string }[] }; keyFigures: Record<string, number> };
    const suggestion = summary.crosswalk.suggestions[0];
    expect(suggestion).toBeDefined();
    await decideCrosswalk(ctx, { instanceId: instance.id, source: suggestion!.sourceId, requirement: suggestion!.requirementId, decision: "accepted" });
    const { jobId } = await (await import("./start-analysis")).startAnalysis(ctx, { instanceId: instance.id, engines: ["compliance"] });
    await runner().drain();
    const next = await db.insight.findFirstOrThrow({ where: { jobRunId: jobId } });
    expect((next.keyFigures as Record<string, number>).acceptedMappings).toBe(1);
  });
});
