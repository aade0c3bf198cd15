// Measures (prints, does not assert) a full run over 100,000 controls and 1,000,000 tests, the
// benchmark's size: training, validation, refit and scoring must take a few seconds.
import { describe, expect, it } from "vitest";
import type { AnalysisDataset, DsControl, DsControlTest, DsIssue, DsRisk } from "@/lib/analysis/dataset/types";
import { MONTH_MS } from "./features";
import { predictiveEngine } from "./predictive-engine";

function syntheticDataset(controlCount: number, testsPerControl: number): AnalysisDataset {
  let seed = 99;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const asOf = Date.UTC(2026, 9, 1);
  const controls: DsControl[] = [];
  const controlTests: DsControlTest[] = [];
  const issues: DsIssue[] = [];
  const risks: DsRisk[] = [];
  for (let c = 0; c < controlCount; c++) {
    const id = `c${String(c).padStart(7, "0")}`;
    const weak = next() < 0.08;
    const createdAt = asOf - (36 + 24 * next()) * MONTH_MS;
    controls.push({
      id, number: `CTRL${c}`, name: `Control ${c}`, description: "", objectiveId: null, entityId: null, ownerId: `u${c % 9000}`,
      frequency: "quarterly", state: "monitor", status: "", active: true, keyControl: false, exempt: false, createdAt,
    });
    for (let k = 0; k < testsPerControl; k++) {
      const performedAt = asOf - (testsPerControl - k) * 3 * MONTH_MS + next() * MONTH_MS;
      const failed = next() < (weak ? 0.45 : 0.1);
      controlTests.push({ id: `${id}-${k}`, number: "", controlId: id, state: "3", outcome: failed ? "fail" : "pass", performedAt, plannedEndAt: performedAt });
      if (failed) {
        issues.push({
          id: `${id}-i${k}`, number: "", shortDescription: "", entityId: null, state: "", active: false, priority: "",
          openedAt: performedAt + 86_400_000, closedAt: performedAt + 60 * 86_400_000, itemIds: [id],
        });
      }
    }
    if (c % 3 === 0) {
      const score = { likelihood: null, impact: null, score: 1 + (c % 5) };
      risks.push({ id: `r${c}`, number: "", name: "", category: "", entityId: null, ownerId: null, state: "monitor", active: true, inherent: score, residual: score, controlIds: [id], controlFailureFactor: null });
    }
  }
  return {
    instanceId: "i", syncRunId: "s", asOf, entities: [], policies: [], authorityDocuments: [], citations: [], objectives: [],
    controls, controlTests, indicators: [], indicatorResults: [], issues, risks,
  };
}

describe("predictive engine performance", () => {
  it("trains, validates, refits and scores 1,000,000 tests over 100,000 controls", { timeout: 300_000 }, () => {
    const dataset = syntheticDataset(100_000, 10);
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = predictiveEngine.run(dataset, { retrain: false, validationShare: 0.2 }, { model: null });
    const trained = performance.now();
    const trainCpu = process.cpuUsage(cpu);
    const reused = predictiveEngine.run(dataset, { retrain: false, validationShare: 0.2 }, { model: result.model });
    const scored = performance.now();
    const scoreCpu = process.cpuUsage(cpu);
    const seconds = (ms: number) => (ms / 1000).toFixed(2);
    const summary = JSON.stringify(predictiveEngine.summarize(result));
    const stored = JSON.stringify(result);
    console.log(
      `1,000,000 tests: train + validate + refit + score ${seconds(trained - started)} s wall, ${seconds(trainCpu.user / 1000)} s CPU ` +
        `(${result.model?.iterations} Newton iterations in the final fit); score with the stored model ${seconds(scored - trained)} s wall, ` +
        `${seconds((scoreCpu.user - trainCpu.user) / 1000)} s CPU; summary ${(summary.length / 1024).toFixed(0)} KB, result ${(stored.length / 1024 / 1024).toFixed(1)} MB`,
    );
    expect(result.model?.samples.tests).toBe(1_000_000);
    expect(reused.trainedNow).toBe(false);
  });
});
