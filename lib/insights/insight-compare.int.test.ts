import { describe, expect, it } from "vitest";
import { createMember } from "@/lib/testing/factories";
import { compareInsights } from "./compare-insights";
import { controlSubject, createTestInsight, createTestInstance } from "./testing/insight-factory";

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("comparing insights", () => {
  it("compares two runs of one engine: key figure deltas with directions, and subject moves", async () => {
    const admin = await createMember("ORG_ADMIN");
    const orgId = admin.organization.id;
    const instanceId = await createTestInstance(admin.ctx);
    const before = await createTestInsight(orgId, {
      instanceId,
      engine: "controls",
      createdAt: at("2026-01-01"),
      keyFigures: { meanScore: 61.5, ineffective: 2, controls: 4 },
      subjects: [
        controlSubject("CTRL1", 40, "ineffective"),
        controlSubject("CTRL2", 90, "effective"),
        controlSubject("CTRL3", 55, "needs_improvement"),
        controlSubject("CTRL4", 30, "ineffective"),
      ],
    });
    const after = await createTestInsight(orgId, {
      instanceId,
      engine: "controls",
      createdAt: at("2026-02-01"),
      keyFigures: { meanScore: 64, ineffective: 1, controls: 4 },
      subjects: [
        controlSubject("CTRL1", 85, "effective"),
        controlSubject("CTRL2", 60, "needs_improvement"),
        controlSubject("CTRL3", 55, "needs_improvement"),
        controlSubject("CTRL5", 70, "effective"),
      ],
    });

    const comparison = await compareInsights(admin.ctx, { a: before, b: after });
    expect(comparison).toMatchObject({ mode: "insights", a: before, b: after });
    expect(comparison.engines).toHaveLength(1);
    const [controls] = comparison.engines;
    expect(controls!.engine).toBe("controls");
    expect(controls!.a.id).toBe(before);
    expect(controls!.keyFigures).toEqual([
      // 64 − 61.5 = +2.5 mean score: better; 1 − 2 = −1 ineffective control: better; the count has no direction.
      { name: "meanScore", a: 61.5, b: 64, delta: 2.5, direction: "better" },
      { name: "ineffective", a: 2, b: 1, delta: -1, direction: "better" },
      { name: "controls", a: 4, b: 4, delta: 0, direction: "same" },
    ]);
    expect(controls!.subjects).toEqual({
      // CTRL1, CTRL2 and CTRL3 are in both; CTRL4 left, CTRL5 arrived.
      compared: 3,
      improvedCount: 1,
      worsenedCount: 1,
      // CTRL1: 85 − 40 = +45; CTRL2: 60 − 90 = −30.
      improved: [{ id: "CTRL1", label: "CTRL1 Control CTRL1", type: "control", a: 40, b: 85, delta: 45, statusA: "ineffective", statusB: "effective" }],
      worsened: [{ id: "CTRL2", label: "CTRL2 Control CTRL2", type: "control", a: 90, b: 60, delta: -30, statusA: "effective", statusB: "needs_improvement" }],
      appeared: 1,
      disappeared: 1,
      statusChanges: [
        { from: "effective", to: "needs_improvement", count: 1 },
        { from: "ineffective", to: "effective", count: 1 },
      ],
    });
  });

  it("compares two instances engine by engine, for the engines both have", async () => {
    const admin = await createMember("ORG_ADMIN");
    const orgId = admin.organization.id;
    const production = await createTestInstance(admin.ctx, "Production");
    const test = await createTestInstance(admin.ctx, "Test");
    await createTestInsight(orgId, { instanceId: production, engine: "controls", createdAt: at("2026-01-01"), keyFigures: { meanScore: 50 } });
    const prodLatest = await createTestInsight(orgId, { instanceId: production, engine: "controls", createdAt: at("2026-02-01"), keyFigures: { meanScore: 70 } });
    await createTestInsight(orgId, { instanceId: production, engine: "predictive", keyFigures: { auc: 0.7 } });
    const testLatest = await createTestInsight(orgId, { instanceId: test, engine: "controls", createdAt: at("2026-02-02"), keyFigures: { meanScore: 66 } });
    await createTestInsight(orgId, { instanceId: test, engine: "risks", keyFigures: { coverageGaps: 3 } });

    const comparison = await compareInsights(admin.ctx, { a: production, b: test });
    expect(comparison.mode).toBe("instances");
    // Only controls ran on both; production's latest (70), not its January run, is compared: 66 − 70 = −4.
    expect(comparison.engines.map((e) => [e.engine, e.a.id, e.b.id])).toEqual([["controls", prodLatest, testLatest]]);
    expect(comparison.engines[0]!.keyFigures).toEqual([{ name: "meanScore", a: 70, b: 66, delta: -4, direction: "worse" }]);
  });

  it("refuses mixed kinds and engines (400), and another organization's ids (404)", async () => {
    const admin = await createMember("ORG_ADMIN");
    const orgId = admin.organization.id;
    const instanceId = await createTestInstance(admin.ctx);
    const controls = await createTestInsight(orgId, { instanceId, engine: "controls" });
    const risks = await createTestInsight(orgId, { instanceId, engine: "risks" });

    await expect(compareInsights(admin.ctx, { a: controls, b: risks })).rejects.toMatchObject({
      status: 400,
      message: "Only insights of one engine can be compared; a is controls, b is risks",
    });
    await expect(compareInsights(admin.ctx, { a: controls, b: instanceId })).rejects.toMatchObject({ status: 400 });

    const other = await createMember("ORG_ADMIN");
    const foreign = await createTestInsight(other.organization.id, { instanceId: await createTestInstance(other.ctx), engine: "controls" });
    await expect(compareInsights(admin.ctx, { a: controls, b: foreign })).rejects.toMatchObject({ status: 404, message: "Insight or instance b not found" });
    await expect(compareInsights(other.ctx, { a: controls, b: foreign })).rejects.toMatchObject({ status: 404, message: "Insight or instance a not found" });
    await expect(compareInsights(other.ctx, { a: instanceId, b: instanceId })).rejects.toMatchObject({ status: 404 });
    await expect(compareInsights(admin.ctx, { a: controls, b: "not-an-id" })).rejects.toMatchObject({ status: 404 });
    const noInsights = { ...admin.ctx, permissions: admin.ctx.permissions.filter((p) => p !== "insights:read") };
    await expect(compareInsights(noInsights, { a: controls, b: controls })).rejects.toMatchObject({ status: 403 });
  });
});
