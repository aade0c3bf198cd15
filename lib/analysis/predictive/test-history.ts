// Turns the dataset into model rows: one row per performed test (a test with an outcome and a
// performed date), with features measured only from what was known before that test, and one row
// per active control for its next test. Performed rows are laid out in performedAt order, so a
// time-based split is a prefix (training) and a suffix (validation) of the same arrays.
import type { AnalysisDataset, DsControl, DsControlTest } from "@/lib/analysis/dataset/types";
import { buildControlContext, type ControlContext } from "./control-context";
import {
  FEATURE_COUNT,
  MONTH_MS,
  TESTS_PER_YEAR,
  UNKNOWN_FREQUENCY_TESTS_PER_YEAR,
  YEAR_MS,
  smoothedRate,
  type Smoothing,
} from "./features";

export interface PerformedTests {
  count: number;
  /** Row-major count × FEATURE_COUNT; column 0 (past failure rate) is set by fillPastFailureRate. */
  x: Float64Array;
  failed: Uint8Array;
  performedAt: Float64Array;
  /** Failures and tests of the same control strictly before each test. */
  pastFailures: Uint32Array;
  pastTests: Uint32Array;
  testIds: string[];
}

export interface UpcomingTest {
  controlId: string;
  /** The open test this prediction is about; null when the control has none and the next one is scheduled. */
  testId: string | null;
  /** When the test is due: the open test's planned end, else one interval after the last test, never before asOf. */
  at: number;
  /** Raw feature values, column 0 set by fillPastFailureRate. */
  features: number[];
  pastFailures: number;
  pastTests: number;
}

export interface TestHistory {
  performed: PerformedTests;
  /** One per active control, in dataset order. */
  upcoming: UpcomingTest[];
}

interface ControlState {
  failures: number;
  tests: number;
  lastAt: number | null;
  /** First performed test, standing in for the creation date when that is unknown. */
  firstAt: number | null;
  openTest: DsControlTest | null;
}

const isPerformed = (t: DsControlTest) => t.outcome !== null && t.performedAt !== null;

export function testsPerYear(control: DsControl): number {
  return TESTS_PER_YEAR[control.frequency] ?? UNKNOWN_FREQUENCY_TESTS_PER_YEAR;
}

export function buildTestHistory(dataset: AnalysisDataset): TestHistory {
  const context = buildControlContext(dataset);
  const tests = inTimeOrderPerControl(dataset.controlTests);
  const performedIndex: number[] = [];
  for (let i = 0; i < tests.length; i++) {
    const t = tests[i] as DsControlTest;
    if (isPerformed(t) && context.controls.has(t.controlId)) performedIndex.push(i);
  }
  const order = Uint32Array.from(performedIndex).sort(
    (a, b) => ((tests[a] as DsControlTest).performedAt as number) - ((tests[b] as DsControlTest).performedAt as number) || a - b,
  );
  const rowOf = new Int32Array(tests.length).fill(-1);
  order.forEach((testIndex, row) => (rowOf[testIndex] = row));
  const count = order.length;
  const performed: PerformedTests = {
    count,
    x: new Float64Array(count * FEATURE_COUNT),
    failed: new Uint8Array(count),
    performedAt: new Float64Array(count),
    pastFailures: new Uint32Array(count),
    pastTests: new Uint32Array(count),
    testIds: new Array<string>(count),
  };
  const states = new Map<string, ControlState>();
  let start = 0;
  while (start < tests.length) {
    const controlId = (tests[start] as DsControlTest).controlId;
    let end = start + 1;
    while (end < tests.length && (tests[end] as DsControlTest).controlId === controlId) end++;
    const control = context.controls.get(controlId);
    if (control) states.set(controlId, walkControl(tests, start, end, control, context, rowOf, performed));
    start = end;
  }
  const upcoming: UpcomingTest[] = [];
  for (const control of dataset.controls) {
    if (!control.active) continue;
    const state = states.get(control.id) ?? { failures: 0, tests: 0, lastAt: null, firstAt: null, openTest: null };
    upcoming.push(upcomingTest(control, state, context, dataset.asOf));
  }
  return { performed, upcoming };
}

/** The dataset promises this order; a copy is sorted only when a caller broke the promise. */
function inTimeOrderPerControl(tests: DsControlTest[]): DsControlTest[] {
  const before = (a: DsControlTest, b: DsControlTest) =>
    a.controlId < b.controlId || (a.controlId === b.controlId && (a.performedAt ?? Infinity) <= (b.performedAt ?? Infinity));
  for (let i = 1; i < tests.length; i++) {
    if (!before(tests[i - 1] as DsControlTest, tests[i] as DsControlTest)) {
      return [...tests].sort(
        (a, b) => (a.controlId < b.controlId ? -1 : a.controlId > b.controlId ? 1 : 0) || (a.performedAt ?? Infinity) - (b.performedAt ?? Infinity),
      );
    }
  }
  return tests;
}

/** Features of each performed test of one control; tests at the same instant do not see each other. */
function walkControl(
  tests: DsControlTest[], start: number, end: number, control: DsControl,
  context: ControlContext, rowOf: Int32Array, out: PerformedTests,
): ControlState {
  const state: ControlState = { failures: 0, tests: 0, lastAt: null, firstAt: firstPerformedAt(tests, start, end), openTest: null };
  let pendingAt: number | null = null;
  let pendingFailures = 0;
  let pendingTests = 0;
  for (let i = start; i < end; i++) {
    const test = tests[i] as DsControlTest;
    if (!isPerformed(test)) {
      if (test.performedAt === null && test.outcome === null && isEarlierPlan(test, state.openTest)) state.openTest = test;
      continue;
    }
    const at = test.performedAt as number;
    if (at !== pendingAt) {
      if (pendingAt !== null) commit(state, pendingAt, pendingFailures, pendingTests);
      pendingAt = at;
      pendingFailures = 0;
      pendingTests = 0;
    }
    const row = rowOf[i] as number;
    writeFeatures(out.x, row * FEATURE_COUNT, control, context, at, state);
    out.failed[row] = test.outcome === "fail" ? 1 : 0;
    out.performedAt[row] = at;
    out.pastFailures[row] = state.failures;
    out.pastTests[row] = state.tests;
    out.testIds[row] = test.id;
    pendingTests++;
    if (test.outcome === "fail") pendingFailures++;
  }
  if (pendingAt !== null) commit(state, pendingAt, pendingFailures, pendingTests);
  return state;
}

function commit(state: ControlState, at: number, failures: number, tests: number): void {
  state.failures += failures;
  state.tests += tests;
  state.lastAt = at;
}

function isEarlierPlan(test: DsControlTest, current: DsControlTest | null): boolean {
  return current === null || (test.plannedEndAt ?? Infinity) < (current.plannedEndAt ?? Infinity);
}

function firstPerformedAt(tests: DsControlTest[], start: number, end: number): number | null {
  for (let i = start; i < end; i++) if (isPerformed(tests[i] as DsControlTest)) return (tests[i] as DsControlTest).performedAt;
  return null;
}

/** Writes columns 1… of one row; column 0 depends on the smoothing prior and is filled later. */
function writeFeatures(
  x: Float64Array | number[], offset: number, control: DsControl, context: ControlContext,
  at: number, state: ControlState,
): void {
  const perYear = testsPerYear(control);
  const created = control.createdAt ?? state.firstAt ?? at;
  const sinceLast = state.lastAt !== null ? at - state.lastAt : Math.min(Math.max(0, at - created), (12 / perYear) * MONTH_MS);
  x[offset + 1] = sinceLast / MONTH_MS;
  x[offset + 2] = perYear;
  x[offset + 3] = context.workload(control);
  x[offset + 4] = context.openIssuesAt(control.id, at);
  x[offset + 5] = Math.max(0, at - created) / YEAR_MS;
  x[offset + 6] = context.linkedRiskScore(control.id);
}

function upcomingTest(control: DsControl, state: ControlState, context: ControlContext, asOf: number): UpcomingTest {
  const interval = (12 / testsPerYear(control)) * MONTH_MS;
  const scheduled = state.lastAt !== null ? state.lastAt + interval : (control.createdAt ?? asOf) + interval;
  const at = Math.max(asOf, state.openTest?.plannedEndAt ?? scheduled);
  const features = new Array<number>(FEATURE_COUNT).fill(0);
  writeFeatures(features, 0, control, context, at, state);
  return {
    controlId: control.id, testId: state.openTest?.id ?? null, at, features,
    pastFailures: state.failures, pastTests: state.tests,
  };
}

/** Sets column 0 of every performed and upcoming row to the smoothed past failure rate. */
export function fillPastFailureRate(history: TestHistory, smoothing: Smoothing): void {
  const { performed } = history;
  for (let i = 0; i < performed.count; i++) {
    performed.x[i * FEATURE_COUNT] = smoothedRate(performed.pastFailures[i] as number, performed.pastTests[i] as number, smoothing);
  }
  for (const next of history.upcoming) next.features[0] = smoothedRate(next.pastFailures, next.pastTests, smoothing);
}
