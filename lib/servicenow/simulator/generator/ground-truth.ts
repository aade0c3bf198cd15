// What the generator planted, for tests and for scoring the analyses. Written to its own file
// (--ground-truth); the product never reads it, and the simulator never serves it over HTTP.
import { performedTestIds, type NextTest, type TestProbability } from "./control-history";
import type { ControlPlan } from "./controls";
import { FAILURE_MODEL, FEATURE_DEFINITIONS, WEAK_CONTROL_SHARE } from "./failure-model";
import type { PlantedGap } from "./frameworks";
import { INDICATOR_MODEL } from "./indicators";
import { RESIDUAL_MODEL, type RiskLink, type RiskPlan } from "./risks";
import type { GeneratorCounts } from "./sizes";

export interface GroundTruth {
  note: string;
  seed: number;
  asOf: string;
  counts: GeneratorCounts;
  failureModel: {
    link: "logistic";
    intercept: number;
    coefficients: Record<keyof typeof FEATURE_DEFINITIONS, number>;
    features: typeof FEATURE_DEFINITIONS;
    weakControlShare: number;
  };
  /** sys_ids of the planted weak controls. */
  weakControls: string[];
  controls: {
    sys_id: string;
    number: string;
    weak: boolean;
    frequency: string;
    owner_workload: number;
    tests: number;
    failures: number;
  }[];
  /** The open test of every active control, with its true failure probability at planned_end_date. */
  nextTests: NextTest[];
  /** Every performed test (state 3) with the true failure probability it was drawn with, and its outcome. */
  testProbabilities: TestProbability[];
  controlRiskLinks: RiskLink[];
  riskModel: typeof RESIDUAL_MODEL;
  risks: { sys_id: string; number: string; controls: string[]; weak_controls: number; mean_control_failure_rate: number }[];
  indicatorModel: typeof INDICATOR_MODEL;
  gapDefinition: string;
  frameworkGaps: PlantedGap[];
}

export function buildGroundTruth(input: {
  seed: number;
  asOf: string;
  counts: GeneratorCounts;
  controls: ControlPlan[];
  nextTests: NextTest[];
  risks: RiskPlan[];
  links: RiskLink[];
  gaps: PlantedGap[];
}): GroundTruth {
  return {
    note: "Planted structure of a generated ServiceNow dataset, for tests and for scoring analyses. The product never reads this file.",
    seed: input.seed,
    asOf: input.asOf,
    counts: input.counts,
    failureModel: {
      link: "logistic",
      intercept: FAILURE_MODEL.intercept,
      coefficients: FAILURE_MODEL.coefficients,
      features: FEATURE_DEFINITIONS,
      weakControlShare: WEAK_CONTROL_SHARE,
    },
    weakControls: input.controls.filter((c) => c.weak).map((c) => c.row.sys_id ?? ""),
    controls: input.controls.map((c) => ({
      sys_id: c.row.sys_id ?? "",
      number: c.row.number ?? "",
      weak: c.weak,
      frequency: c.frequency,
      owner_workload: c.ownerWorkload,
      tests: c.testTimes.length,
      failures: c.testFailed.filter(Boolean).length,
    })),
    nextTests: input.nextTests,
    testProbabilities: input.controls.flatMap(testProbabilities),
    controlRiskLinks: input.links,
    riskModel: RESIDUAL_MODEL,
    risks: input.risks.map((r) => ({
      sys_id: r.row.sys_id ?? "",
      number: r.row.number ?? "",
      controls: r.controls.map((c) => c.row.sys_id ?? ""),
      weak_controls: r.controls.filter((c) => c.weak).length,
      mean_control_failure_rate: r.meanFailureRate,
    })),
    indicatorModel: INDICATOR_MODEL,
    gapDefinition:
      "A leaf citation (type other than core_topic) is a gap when no sn_compliance_control has as its `content` a control objective mapped to the citation through sn_compliance_m2m_statement_citation.",
    frameworkGaps: input.gaps,
  };
}

function testProbabilities(plan: ControlPlan): TestProbability[] {
  const ids = performedTestIds(plan);
  return ids.map((test, k) => ({ test, probability: plan.testProbability[k] ?? 0, failed: plan.testFailed[k] ?? false }));
}
