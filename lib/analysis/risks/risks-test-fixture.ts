// Test helper: small hand-made datasets for the risk engine's fixture tests.
import type { AnalysisDataset, DsControl, DsControlTest, DsIndicatorResult, DsRisk } from "@/lib/analysis/dataset/types";

export const AS_OF = Date.UTC(2026, 0, 1);
export const DAY = 86_400_000;

export function daysAgo(days: number): number {
  return AS_OF - days * DAY;
}

export function fixtureControl(id: string, overrides: Partial<DsControl> = {}): DsControl {
  return {
    id, number: `CTRL-${id}`, name: `Control ${id}`, description: "", objectiveId: null, entityId: "e1", ownerId: null,
    frequency: "quarterly", state: "monitor", status: "compliant", active: true, keyControl: false, exempt: false,
    createdAt: daysAgo(1000), ...overrides,
  };
}

export function fixtureRisk(id: string, overrides: Partial<DsRisk> = {}): DsRisk {
  return {
    id, number: `RK-${id}`, name: `Risk ${id}`, category: "operational", entityId: "e1", ownerId: null, state: "monitor", active: true,
    inherent: { likelihood: 4, impact: 5, score: 4 }, residual: { likelihood: 2, impact: 5, score: 2 }, controlIds: [],
    controlFailureFactor: null, ...overrides,
  };
}

/** Tests of one control from a string of outcomes, "F" fail, "P" pass, "-" open, one every 30 days up to `lastDaysAgo`. */
export function fixtureTests(controlId: string, outcomes: string, lastDaysAgo = 0): DsControlTest[] {
  return [...outcomes].map((o, i) => {
    const at = daysAgo(lastDaysAgo + 30 * (outcomes.length - 1 - i));
    return {
      id: `${controlId}-t${i}`, number: `CTR-${controlId}-${i}`, controlId, state: o === "-" ? "1" : "3",
      outcome: o === "F" ? "fail" : o === "P" ? "pass" : null, performedAt: o === "-" ? null : at, plannedEndAt: at,
    };
  });
}

/** Indicator results of one indicator from a string, "B" bad (failed), "G" good, "?" no verdict, at the given times. */
export function fixtureResults(indicatorId: string, verdicts: string, times: readonly number[]): DsIndicatorResult[] {
  return [...verdicts].map((v, i) => ({ indicatorId, passed: v === "?" ? null : v === "G", collectedAt: times[i] ?? null }));
}

export function fixtureDataset(parts: Partial<AnalysisDataset>): AnalysisDataset {
  const controlTests = [...(parts.controlTests ?? [])].sort(
    (a, b) => (a.controlId < b.controlId ? -1 : a.controlId > b.controlId ? 1 : 0) || (a.performedAt ?? Infinity) - (b.performedAt ?? Infinity),
  );
  return {
    instanceId: "instance", syncRunId: "sync", asOf: AS_OF, entities: [{ id: "e1", name: "Retail bank" }], policies: [],
    authorityDocuments: [], citations: [], objectives: [], controls: [], indicators: [], indicatorResults: [], issues: [], risks: [],
    ...parts, controlTests,
  };
}
