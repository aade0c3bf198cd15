import type { AnalysisDataset, DsControl, DsControlTest, DsIssue, DsRisk } from "@/lib/analysis/dataset/types";
import { MONTH_MS } from "./features";
export function syntheticDataset(controlCount: number, testsPerControl: number): AnalysisDataset {
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
