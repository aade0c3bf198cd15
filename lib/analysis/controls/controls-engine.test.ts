import { describe, expect, it } from "vitest";
import type { InsightSubject } from "@/lib/analysis/engine";
import { generatedAnalysisDataset } from "@/lib/analysis/testing/generated-dataset";
import { controlsEngine } from "./controls-engine";
import { rollupFixtureDataset } from "./controls-test-fixture";

const options = controlsEngine.options.parse({});

function countTag(subjects: InsightSubject[], tag: string): number {
  return subjects.filter((s) => s.tags.includes(tag)).length;
}

describe("controlsEngine on a hand-made dataset", () => {
  const result = controlsEngine.run(rollupFixtureDataset(), options, {});
  const summary = controlsEngine.summarize(result);
  const subjects = controlsEngine.subjects(result);

  it("has defaults and rejects unknown or out-of-range options", () => {
    expect(options).toEqual({ halfLifeMonths: 24, overdueGraceDays: 30 });
    expect(() => controlsEngine.options.parse({ halfLife: 3 })).toThrow();
    expect(() => controlsEngine.options.parse({ halfLifeMonths: 0 })).toThrow();
  });

  it("summarises in-scope controls only, with the least effective first", () => {
    // In scope: X and V ineffective (25.7), Y effective (97.1), Z untested; W is exempt.
    expect(summary.classes.map((c) => [c.tag, c.count])).toEqual([
      ["class:effective", 1], ["class:needs_improvement", 0], ["class:ineffective", 2], ["class:untested", 1],
    ]);
    expect(summary.excluded.count).toBe(1);
    // Mean (25.7 + 25.7 + 97.1) / 3 = 49.5; median 25.7.
    expect(summary.meanScore).toBe(49.5);
    expect(summary.medianScore).toBe(25.7);
    expect(summary.histogram.filter((h) => h.count > 0).map((h) => [h.tag, h.count])).toEqual([["score:20-30", 2], ["score:90-100", 1]]);
    expect(summary.leastEffective.map((c) => c.controlId)).toEqual(["V", "X", "Y"]);
  });

  it("tags every control so each chart element drills down to exactly its controls", () => {
    expect(subjects).toHaveLength(5);
    expect(subjects.find((s) => s.id === "W")?.tags).toEqual(["excluded"]);
    expect(subjects.find((s) => s.id === "X")).toMatchObject({
      label: "CTRLX Control X", type: "control", value: 25.7, status: "ineffective",
      tags: ["class:ineffective", "score:20-30", "key", "policy:P1", "policy:P2", "owner:u1", "entity:e1", "framework:F1", "framework:F2"],
    });
    for (const element of [...summary.classes, ...summary.histogram, summary.excluded]) expect(countTag(subjects, element.tag)).toBe(element.count);
    for (const row of summary.rollups.policy.rows) expect(countTag(subjects, row.tag)).toBe(row.controls);
  });

  it("reports key figures and findings", () => {
    expect(controlsEngine.keyFigures(result)).toEqual({
      meanScore: 49.5, effective: 1, needsImprovement: 0, ineffective: 2, untested: 1, overdue: 0, controls: 4, excluded: 1,
    });
    const findings = controlsEngine.findings(result);
    expect(findings.map((f) => [f.severity, f.subjectId])).toEqual([["high", "V"], ["high", "X"]]);
    expect(findings[0]?.detail).toContain("Passed 0 of 10 tests, failed 10");
  });
});

describe("controlsEngine on a generated dataset", () => {
  const { dataset } = generatedAnalysisDataset({ seed: 11, size: "medium" });
  const result = controlsEngine.run(dataset, options, {});

  it("produces plain, deterministic JSON", () => {
    const json = JSON.stringify(result);
    expect(JSON.parse(json)).toEqual(result);
    expect(JSON.stringify(controlsEngine.run(dataset, options, {}))).toBe(json);
    expect(Object.values(controlsEngine.keyFigures(result)).every(Number.isFinite)).toBe(true);
  });

  it("keeps the summary small and its counts consistent with the subjects", () => {
    const summary = controlsEngine.summarize(result);
    expect(JSON.stringify(summary).length).toBeLessThan(300_000);
    const subjects = controlsEngine.subjects(result);
    for (const element of [...summary.classes, ...summary.histogram]) expect(countTag(subjects, element.tag)).toBe(element.count);
    for (const dimension of ["policy", "owner", "entity", "framework"] as const) {
      const { rows } = summary.rollups[dimension];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(50);
      for (const row of rows.slice(0, 5)) expect(countTag(subjects, row.tag)).toBe(row.controls);
    }
    expect(summary.leastEffective).toHaveLength(50);
  });

  it("orders findings high before medium and covers each kind", () => {
    const findings = controlsEngine.findings(result);
    const severities = findings.map((f) => f.severity);
    expect(severities.indexOf("medium")).toBeGreaterThan(severities.lastIndexOf("high"));
    expect(findings.some((f) => f.title.includes("ineffective controls") && f.severity === "medium")).toBe(true);
    expect(findings.some((f) => f.title.startsWith("Key control"))).toBe(true);
  });

  it("renders a report with bounded tables and one full list of scores", () => {
    const section = controlsEngine.toReport(result);
    const ids = section.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.length <= 31)).toBe(true);
    for (const block of section.blocks) {
      if (block.kind !== "table") continue;
      expect(block.rows.length).toBeLessThanOrEqual(block.id === "control-scores" ? dataset.controls.length : 200);
    }
    expect(section.summary).toContain("halve every 24 months");
    expect(section.findings).toEqual(controlsEngine.findings(result));
  });
});
