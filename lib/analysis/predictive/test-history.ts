// Turns the dataset into model rows: one row per performed test (a test with an outcome and a
// performed date), with features measured only from what was known before that test, and one row
// per active control for its next test. Rows follow the dataset's order (by control, then time).
import type { AnalysisDataset, DsControl, DsControlTest } from "@/lib/analysis/dataset/types";
import { buildControlContext, openIssuesAt, type ControlContext, type IssueTimes } from "./control-context";
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
  /** Row-major count × FEATURE_COUNT, rows by control then time; column 0 (past failure rate) is set by fillPastFailureRate. */
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

/** What stays the same for every test of one control. */
interface ControlProfile {
  control: DsControl;
  perYear: number;
  /** The scheduled time between tests, in ms. */
  interval: number;
  workload: number;
  riskScore: number;
  issues: IssueTimes | null;
}

interface ControlState {
  failures: number;
  tests: number;
  lastAt: number | null;
  /** First performed test, standing in for the creation date when that is unknown. */
  firstAt: number | null;
  openTest: DsControlTest | null;
  /** Rows this control wrote to the performed tests. */
  rows: number;
}

// Local copies for the per-test loops: under a bundler's or test runner's module transform an
// imported binding can be a property read (even a getter) on every use.
const WIDTH = FEATURE_COUNT;
const MONTH = MONTH_MS;
const YEAR = YEAR_MS;

const isPerformed = (t: DsControlTest) => t.outcome !== null && t.performedAt !== null;

export function testsPerYear(control: DsControl): number {
  return TESTS_PER_YEAR[control.frequency] ?? UNKNOWN_FREQUENCY_TESTS_PER_YEAR;
}

export function buildTestHistory(dataset: AnalysisDataset): TestHistory {
  const context = buildControlContext(dataset);
  const tests = inTimeOrderPerControl(dataset.controlTests);
  const groups: { control: DsControl; start: number; end: number }[] = [];
  let count = 0;
  for (let start = 0, end = 0; start < tests.length; start = end) {
    const controlId = (tests[start] as DsControlTest).controlId;
    end = start + 1;
    while (end < tests.length && (tests[end] as DsControlTest).controlId === controlId) end++;
    const control = context.controls.get(controlId);
    if (!control) continue;
    groups.push({ control, start, end });
    for (let i = start; i < end; i++) if (isPerformed(tests[i] as DsControlTest)) count++;
  }
  const performed: PerformedTests = {
    count,
    x: new Float64Array(count * WIDTH),
    failed: new Uint8Array(count),
    performedAt: new Float64Array(count),
    pastFailures: new Uint32Array(count),
    pastTests: new Uint32Array(count),
    testIds: new Array<string>(count),
  };
  const states = new Map<string, ControlState>();
  let row = 0;
  for (const { control, start, end } of groups) {
    const state = walkControl(tests, start, end, profileOf(control, context), performed, row);
    states.set(control.id, state);
    row += state.rows;
  }
  const upcoming: UpcomingTest[] = [];
  for (const control of dataset.controls) {
    if (!control.active) continue;
    const state = states.get(control.id) ?? { failures: 0, tests: 0, lastAt: null, firstAt: null, openTest: null, rows: 0 };
    upcoming.push(upcomingTest(profileOf(control, context), state, dataset.asOf));
  }
  return { performed, upcoming };
}

function profileOf(control: DsControl, context: ControlContext): ControlProfile {
  const perYear = testsPerYear(control);
  return {
    control, perYear, interval: (12 / perYear) * MONTH, workload: context.workload(control),
    riskScore: context.linkedRiskScore(control.id), issues: context.issueTimes(control.id),
  };
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

/** Writes the features of each performed test of one control from row `first` on; tests at the same instant do not see each other. */
function walkControl(
  tests: DsControlTest[], start: number, end: number, profile: ControlProfile, out: PerformedTests, first: number,
): ControlState {
  const state: ControlState = { failures: 0, tests: 0, lastAt: null, firstAt: firstPerformedAt(tests, start, end), openTest: null, rows: 0 };
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
    const row = first + state.rows++;
    writeFeatures(out.x, row * WIDTH, profile, at, state);
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
function writeFeatures(x: Float64Array | number[], offset: number, profile: ControlProfile, at: number, state: ControlState): void {
  const created = profile.control.createdAt ?? state.firstAt ?? at;
  const sinceLast = state.lastAt !== null ? at - state.lastAt : Math.min(Math.max(0, at - created), profile.interval);
  x[offset + 1] = sinceLast / MONTH;
  x[offset + 2] = profile.perYear;
  x[offset + 3] = profile.workload;
  x[offset + 4] = openIssuesAt(profile.issues, at);
  x[offset + 5] = Math.max(0, at - created) / YEAR;
  x[offset + 6] = profile.riskScore;
}

function upcomingTest(profile: ControlProfile, state: ControlState, asOf: number): UpcomingTest {
  const { interval } = profile;
  const scheduled = state.lastAt !== null ? state.lastAt + interval : (profile.control.createdAt ?? asOf) + interval;
  const at = Math.max(asOf, state.openTest?.plannedEndAt ?? scheduled);
  const features = new Array<number>(FEATURE_COUNT).fill(0);
  writeFeatures(features, 0, profile, at, state);
  return {
    controlId: profile.control.id, testId: state.openTest?.id ?? null, at, features,
    pastFailures: state.failures, pastTests: state.tests,
  };
}

/** Sets column 0 of every performed and upcoming row to the smoothed past failure rate. */
export function fillPastFailureRate(history: TestHistory, smoothing: Smoothing): void {
  const { performed } = history;
  const pseudoFailures = smoothing.weight * smoothing.priorRate;
  for (let i = 0; i < performed.count; i++) {
    performed.x[i * WIDTH] = ((performed.pastFailures[i] as number) + pseudoFailures) / ((performed.pastTests[i] as number) + smoothing.weight);
  }
  for (const next of history.upcoming) next.features[0] = smoothedRate(next.pastFailures, next.pastTests, smoothing);
}
