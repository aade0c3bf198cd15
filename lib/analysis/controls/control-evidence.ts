// Collects each control's evidence in single passes: recency-weighted test outcomes, indicator
// results and open issues. Linear in the number of tests, results and issue links.
import type { AnalysisDataset, DsControlTest } from "@/lib/analysis/dataset/types";
import { recencyWeight } from "@/lib/analysis/stats/recency";

/** A test with an outcome but no date at all counts as if it were two half-lives old. */
export const UNDATED_WEIGHT = 0.25;

export interface TestEvidence {
  tests: number;
  failures: number;
  sumWeights: number;
  sumSquaredWeights: number;
  sumPassWeights: number;
  lastAt: number | null;
  lastOutcome: "pass" | "fail" | null;
  lastFailedAt: number | null;
}

export interface IndicatorEvidence {
  results: number;
  failures: number;
  sumWeights: number;
  sumFailWeights: number;
}

export interface ControlEvidence {
  tests: Map<string, TestEvidence>;
  indicators: Map<string, IndicatorEvidence>;
  openIssues: Map<string, number>;
}

function emptyTestEvidence(): TestEvidence {
  return { tests: 0, failures: 0, sumWeights: 0, sumSquaredWeights: 0, sumPassWeights: 0, lastAt: null, lastOutcome: null, lastFailedAt: null };
}

/**
 * Tests arrive sorted by control, so the map is consulted once per control; unsorted input still
 * gives the same sums because every field is order-independent.
 */
function gatherTests(tests: DsControlTest[], asOf: number, halfLifeMs: number): Map<string, TestEvidence> {
  const byControl = new Map<string, TestEvidence>();
  let currentId: string | null = null;
  let current = emptyTestEvidence();
  for (let i = 0; i < tests.length; i++) {
    const test = tests[i] as DsControlTest;
    if (test.outcome === null) continue;
    if (test.controlId !== currentId) {
      currentId = test.controlId;
      const known = byControl.get(currentId);
      if (known) current = known;
      else byControl.set(currentId, (current = emptyTestEvidence()));
    }
    const at = test.performedAt ?? test.plannedEndAt;
    const weight = at === null ? UNDATED_WEIGHT : recencyWeight(asOf - at, halfLifeMs);
    const failed = test.outcome === "fail";
    current.tests++;
    current.sumWeights += weight;
    current.sumSquaredWeights += weight * weight;
    if (failed) current.failures++;
    else current.sumPassWeights += weight;
    if (at === null) continue;
    // Of tests finished at the same moment, a failure is the latest outcome, whatever the input order.
    if (current.lastAt === null || at > current.lastAt || (at === current.lastAt && failed)) {
      current.lastAt = at;
      current.lastOutcome = test.outcome;
    }
    if (failed && (current.lastFailedAt === null || at > current.lastFailedAt)) current.lastFailedAt = at;
  }
  return byControl;
}

function gatherIndicators(dataset: AnalysisDataset, controlIds: Set<string>, halfLifeMs: number): Map<string, IndicatorEvidence> {
  const controlOfIndicator = new Map<string, string>();
  for (const indicator of dataset.indicators) {
    if (indicator.itemId !== null && controlIds.has(indicator.itemId)) controlOfIndicator.set(indicator.id, indicator.itemId);
  }
  const byControl = new Map<string, IndicatorEvidence>();
  for (const result of dataset.indicatorResults) {
    if (result.passed === null) continue;
    const controlId = controlOfIndicator.get(result.indicatorId);
    if (controlId === undefined) continue;
    let evidence = byControl.get(controlId);
    if (!evidence) byControl.set(controlId, (evidence = { results: 0, failures: 0, sumWeights: 0, sumFailWeights: 0 }));
    const weight = result.collectedAt === null ? UNDATED_WEIGHT : recencyWeight(dataset.asOf - result.collectedAt, halfLifeMs);
    evidence.results++;
    evidence.sumWeights += weight;
    if (!result.passed) {
      evidence.failures++;
      evidence.sumFailWeights += weight;
    }
  }
  return byControl;
}

/** Open (active) issues linked to each control. */
function countOpenIssues(dataset: AnalysisDataset, controlIds: Set<string>): Map<string, number> {
  const open = new Map<string, number>();
  for (const issue of dataset.issues) {
    if (!issue.active) continue;
    for (const itemId of issue.itemIds) {
      if (controlIds.has(itemId)) open.set(itemId, (open.get(itemId) ?? 0) + 1);
    }
  }
  return open;
}

export function gatherEvidence(dataset: AnalysisDataset, halfLifeMs: number): ControlEvidence {
  const controlIds = new Set(dataset.controls.map((c) => c.id));
  return {
    tests: gatherTests(dataset.controlTests, dataset.asOf, halfLifeMs),
    indicators: gatherIndicators(dataset, controlIds, halfLifeMs),
    openIssues: countOpenIssues(dataset, controlIds),
  };
}
