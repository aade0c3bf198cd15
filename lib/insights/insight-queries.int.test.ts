import { describe, expect, it } from "vitest";
import { createMember } from "@/lib/testing/factories";
import { getInsight } from "./get-insight";
import { getInsightTrends } from "./get-insight-trends";
import { getLatestInsights } from "./get-latest-insights";
import { listInsightHistory } from "./list-insight-history";
import { listInsightSubjects } from "./list-insight-subjects";
import { controlSubject, createTestInsight, createTestInstance } from "./testing/insight-factory";

const day = (iso: string) => new Date(`${iso}T06:00:00Z`);

/** Three monthly controls runs, a replay of an older sync run last, and one predictive run. */
async function instanceWithHistory() {
  const admin = await createMember("ORG_ADMIN");
  const orgId = admin.organization.id;
  const instanceId = await createTestInstance(admin.ctx);
  const controls = (created: string, asOf: string, meanScore: number) =>
    createTestInsight(orgId, { instanceId, engine: "controls", createdAt: day(created), dataAsOf: day(asOf), keyFigures: { meanScore } });
  const jan = await controls("2026-01-01", "2026-01-01", 60);
  const feb = await controls("2026-02-01", "2026-02-01", 65);
  const mar = await controls("2026-03-01", "2026-03-01", 70);
  const replay = await controls("2026-03-05", "2025-12-01", 55);
  const predictive = await createTestInsight(orgId, {
    instanceId,
    engine: "predictive",
    // A day before March's controls run: the history's order must not hang on random ids.
    createdAt: day("2026-02-28"),
    keyFigures: { auc: 0.74 },
    summary: { topFailures: [] },
  });
  return { admin, instanceId, ids: { jan, feb, mar, replay, predictive } };
}

describe("latest insights, history and trends", () => {
  it("orders the latest by data, the history by run and the trends by data", async () => {
    const { admin, instanceId, ids } = await instanceWithHistory();

    const latest = await getLatestInsights(admin.ctx, instanceId);
    // The replay ran last but on December's data: March's run stays the current state.
    expect(latest.engines.controls).toMatchObject({ id: ids.mar, keyFigures: { meanScore: 70 }, summary: { engine: "controls" } });
    expect(latest.engines.predictive).toMatchObject({ id: ids.predictive, summary: { topFailures: [] } });
    expect(latest.engines.risks).toBeNull();
    expect(latest.engines.compliance).toBeNull();

    const history = await listInsightHistory(admin.ctx, instanceId, { limit: 3 });
    expect(history.data.map((i) => i.id)).toEqual([ids.replay, ids.mar, ids.predictive]);
    expect(history.data[0]).not.toHaveProperty("summary");
    const rest = await listInsightHistory(admin.ctx, instanceId, { limit: 3, afterId: history.nextId! });
    expect(rest.data.map((i) => i.id)).toEqual([ids.feb, ids.jan]);
    expect(rest.nextId).toBeNull();
    const predictiveOnly = await listInsightHistory(admin.ctx, instanceId, { engine: "predictive", limit: 10 });
    expect(predictiveOnly.data.map((i) => i.id)).toEqual([ids.predictive]);

    const trends = await getInsightTrends(admin.ctx, instanceId, {});
    const series = Object.fromEntries(trends.series.map((s) => [s.engine, s.points.map((p) => p.keyFigures.meanScore ?? p.keyFigures.auc)]));
    expect(series).toEqual({ controls: [55, 60, 65, 70], risks: [], compliance: [], predictive: [0.74] });

    // The two most recent points within the window, still oldest first.
    const window = await getInsightTrends(admin.ctx, instanceId, { engine: "controls", from: "2025-12-15T00:00:00Z", limit: 2 });
    expect(window.series).toHaveLength(1);
    expect(window.series[0]!.points.map((p) => [p.insightId, p.dataAsOf])).toEqual([
      [ids.feb, "2026-02-01T06:00:00.000Z"],
      [ids.mar, "2026-03-01T06:00:00.000Z"],
    ]);
  });

  it("answers an instance without insights with nulls and empty lists", async () => {
    const admin = await createMember("ORG_ADMIN");
    const instanceId = await createTestInstance(admin.ctx);
    expect((await getLatestInsights(admin.ctx, instanceId)).engines).toEqual({ controls: null, risks: null, compliance: null, predictive: null });
    expect(await listInsightHistory(admin.ctx, instanceId, { limit: 5 })).toEqual({ data: [], nextId: null });
  });

  it("hides another organization's instance and insight (404) and needs insights:read (403)", async () => {
    const { admin, instanceId, ids } = await instanceWithHistory();
    const other = await createMember("ORG_ADMIN");
    await expect(getLatestInsights(other.ctx, instanceId)).rejects.toMatchObject({ status: 404 });
    await expect(listInsightHistory(other.ctx, instanceId, { limit: 5 })).rejects.toMatchObject({ status: 404 });
    await expect(getInsightTrends(other.ctx, instanceId, {})).rejects.toMatchObject({ status: 404 });
    await expect(getInsight(other.ctx, ids.mar)).rejects.toMatchObject({ status: 404 });
    await expect(listInsightSubjects(other.ctx, ids.mar, {})).rejects.toMatchObject({ status: 404 });
    await expect(getInsight(admin.ctx, "not-a-uuid")).rejects.toMatchObject({ status: 404 });

    const noInsights = { ...admin.ctx, permissions: admin.ctx.permissions.filter((p) => p !== "insights:read") };
    await expect(getLatestInsights(noInsights, instanceId)).rejects.toMatchObject({ status: 403 });
    await expect(getInsight(noInsights, ids.mar)).rejects.toMatchObject({ status: 403 });
    expect((await getInsight(admin.ctx, ids.mar)).summary).toEqual({ engine: "controls" });
  });
});

describe("drill-down into an insight's subjects", () => {
  it("filters by tag, status and text, and pages in the engine's order", async () => {
    const admin = await createMember("ORG_ADMIN");
    const instanceId = await createTestInstance(admin.ctx);
    // 30 controls: every third ineffective (c00, c03, …, c27: 10 of them), the rest effective.
    const subjects = Array.from({ length: 30 }, (_, i) => {
      const id = `c${String(i).padStart(2, "0")}`;
      const status = i % 3 === 0 ? "ineffective" : "effective";
      return controlSubject(id, i % 3 === 0 ? 30 : 80, status, [`class:${status}`, i < 15 ? "family:AC" : "family:AU"]);
    });
    const insightId = await createTestInsight(admin.organization.id, { instanceId, engine: "controls", subjects });

    const first = await listInsightSubjects(admin.ctx, insightId, { tag: "class:ineffective", limit: 4 });
    expect(first).toMatchObject({ insightId, total: 10, offset: 0, nextOffset: 4 });
    expect(first.data.map((s) => s.id)).toEqual(["c00", "c03", "c06", "c09"]);
    expect(first.data[0]).toEqual({ id: "c00", label: "c00 Control c00", type: "control", value: 30, higherIsWorse: false, status: "ineffective", tags: ["class:ineffective", "family:AC"] });
    const last = await listInsightSubjects(admin.ctx, insightId, { tag: "class:ineffective", limit: 4, offset: 8 });
    expect(last.data.map((s) => s.id)).toEqual(["c24", "c27"]);
    expect(last.nextOffset).toBeNull();

    // Ineffective in family AU: c15, c18, c21, c24, c27.
    const au = await listInsightSubjects(admin.ctx, insightId, { tag: "family:AU", status: "ineffective" });
    expect(au.data.map((s) => s.id)).toEqual(["c15", "c18", "c21", "c24", "c27"]);
    expect((await listInsightSubjects(admin.ctx, insightId, { q: "CONTROL C2" })).total).toBe(10);
    expect((await listInsightSubjects(admin.ctx, insightId, { tag: "class:unknown" })).data).toEqual([]);
    expect((await listInsightSubjects(admin.ctx, insightId, {})).total).toBe(30);
  });
});
