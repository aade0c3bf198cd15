// Roll-ups of control classes by policy, owner, entity and framework. Only in-scope controls count;
// a control linked to two policies counts in both.
import type { AnalysisDataset } from "@/lib/analysis/dataset/types";
import type { ControlAssessment } from "./assess-controls";
import { compareText } from "./control-ranking";

export const ROLLUP_DIMENSIONS = ["policy", "owner", "entity", "framework"] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

export interface RollupRow {
  key: string;
  label: string;
  /** Subject tag of the group's controls, e.g. "policy:<sys_id>". */
  tag: string;
  controls: number;
  tested: number;
  effective: number;
  needsImprovement: number;
  ineffective: number;
  untested: number;
  overdue: number;
  /** Mean score of the group's tested controls. */
  meanScore: number | null;
  /** Ineffective share of the group's tested controls (0-1). */
  ineffectiveShare: number | null;
}

export type Rollups = Record<RollupDimension, RollupRow[]>;
export type RollupLabels = Record<RollupDimension, Map<string, string>>;

export function rollupKeys(assessment: ControlAssessment, dimension: RollupDimension): string[] {
  switch (dimension) {
    case "policy":
      return assessment.policyIds;
    case "framework":
      return assessment.frameworkIds;
    case "owner":
      return assessment.ownerId === null ? [] : [assessment.ownerId];
    case "entity":
      return assessment.entityId === null ? [] : [assessment.entityId];
  }
}

/** Owners are user sys_ids: the dataset carries no user names. */
export function rollupLabels(dataset: AnalysisDataset): RollupLabels {
  const named = (rows: { id: string; number?: string; name: string }[]) =>
    new Map(rows.map((r) => [r.id, [r.number, r.name].filter(Boolean).join(" ")]));
  return {
    policy: named(dataset.policies),
    owner: new Map(),
    entity: named(dataset.entities),
    framework: named(dataset.authorityDocuments),
  };
}

interface Accumulator {
  row: RollupRow;
  scoreSum: number;
}

/** Worst first: most ineffective controls, then the highest ineffective share, then the lowest mean score. */
export function compareRollupRows(a: RollupRow, b: RollupRow): number {
  return (
    b.ineffective - a.ineffective ||
    (b.ineffectiveShare ?? -1) - (a.ineffectiveShare ?? -1) ||
    (a.meanScore ?? Infinity) - (b.meanScore ?? Infinity) ||
    compareText(a.key, b.key)
  );
}

function rollup(assessments: ControlAssessment[], dimension: RollupDimension, labels: Map<string, string>): RollupRow[] {
  const groups = new Map<string, Accumulator>();
  for (const a of assessments) {
    if (!a.inScope) continue;
    for (const key of rollupKeys(a, dimension)) {
      let group = groups.get(key);
      if (!group) {
        const row: RollupRow = {
          key, label: labels.get(key) || key, tag: `${dimension}:${key}`, controls: 0, tested: 0, effective: 0,
          needsImprovement: 0, ineffective: 0, untested: 0, overdue: 0, meanScore: null, ineffectiveShare: null,
        };
        groups.set(key, (group = { row, scoreSum: 0 }));
      }
      const row = group.row;
      row.controls++;
      if (a.overdue) row.overdue++;
      if (a.class === "effective") row.effective++;
      else if (a.class === "needs_improvement") row.needsImprovement++;
      else if (a.class === "ineffective") row.ineffective++;
      else row.untested++;
      if (a.score !== null) {
        row.tested++;
        group.scoreSum += a.score;
      }
    }
  }
  const rows: RollupRow[] = [];
  for (const { row, scoreSum } of groups.values()) {
    if (row.tested > 0) {
      row.meanScore = Math.round((10 * scoreSum) / row.tested) / 10;
      row.ineffectiveShare = Math.round((10_000 * row.ineffective) / row.tested) / 10_000;
    }
    rows.push(row);
  }
  return rows.sort(compareRollupRows);
}

export function buildRollups(assessments: ControlAssessment[], labels: RollupLabels): Rollups {
  return {
    policy: rollup(assessments, "policy", labels.policy),
    owner: rollup(assessments, "owner", labels.owner),
    entity: rollup(assessments, "entity", labels.entity),
    framework: rollup(assessments, "framework", labels.framework),
  };
}
