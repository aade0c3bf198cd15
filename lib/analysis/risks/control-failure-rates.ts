// Each control's failure record from its tests, computed here rather than taken from the controls
// engine so that this engine's numbers depend only on the dataset and its own options.
import type { AnalysisDataset } from "@/lib/analysis/dataset/types";

export interface ControlFailures {
  controlId: string;
  /** Tests with a pass or fail outcome. */
  tests: number;
  failures: number;
  /** failures / tests, or null without tests: what a failure factor is made of. */
  rawRate: number | null;
  /** (failures + priorTests·prior) / (tests + priorTests), or null without tests. */
  smoothedRate: number | null;
  /** When each failed test finished, ascending (failed tests without a date are left out). */
  failureTimes: number[];
}

export interface FailureRates {
  /** Dataset-wide share of tests that failed: the prior mean of every smoothed rate (0 without tests). */
  prior: number;
  priorTests: number;
  byControl: Map<string, ControlFailures>;
}

/**
 * Smoothed rate = (failures + m·p0) / (tests + m), with p0 the dataset-wide failure rate and m the
 * prior weight in tests: a control with few tests is pulled towards the typical control, so one
 * failed test out of one does not read as "fails 100% of the time".
 */
export function smoothedRate(failures: number, tests: number, prior: number, priorTests: number): number | null {
  if (tests === 0) return null;
  return (failures + priorTests * prior) / (tests + priorTests);
}

export function controlFailureRates(dataset: AnalysisDataset, priorTests: number): FailureRates {
  const byControl = new Map<string, ControlFailures>();
  let allTests = 0;
  let allFailures = 0;
  // controlTests are sorted by control, then time, so failure times come out ascending.
  for (const test of dataset.controlTests) {
    if (test.outcome === null) continue;
    let entry = byControl.get(test.controlId);
    if (!entry) {
      entry = { controlId: test.controlId, tests: 0, failures: 0, rawRate: null, smoothedRate: null, failureTimes: [] };
      byControl.set(test.controlId, entry);
    }
    entry.tests++;
    allTests++;
    if (test.outcome === "fail") {
      entry.failures++;
      allFailures++;
      if (test.performedAt !== null) entry.failureTimes.push(test.performedAt);
    }
  }
  const prior = allTests === 0 ? 0 : allFailures / allTests;
  for (const entry of byControl.values()) {
    entry.rawRate = entry.failures / entry.tests;
    entry.smoothedRate = smoothedRate(entry.failures, entry.tests, prior, priorTests);
  }
  return { prior, priorTests, byControl };
}
