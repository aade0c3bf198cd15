// Per-control facts the features need, indexed once so each test's features are a few lookups:
// owner workload, the highest inherent score of the risks it mitigates, and its issues' open and
// close times sorted for binary search.
import type { AnalysisDataset, DsControl } from "@/lib/analysis/dataset/types";

/** Open and close times (ascending) of the issues linked to one control. */
export interface IssueTimes {
  opens: number[];
  closes: number[];
}

export interface ControlContext {
  controls: Map<string, DsControl>;
  workload(control: DsControl): number;
  linkedRiskScore(controlId: string): number;
  issueTimes(controlId: string): IssueTimes | null;
}

export function buildControlContext(dataset: AnalysisDataset): ControlContext {
  const controls = new Map(dataset.controls.map((c) => [c.id, c]));
  const workloads = new Map<string, number>();
  for (const c of dataset.controls) if (c.ownerId !== null) workloads.set(c.ownerId, (workloads.get(c.ownerId) ?? 0) + 1);
  const riskScores = new Map<string, number>();
  for (const risk of dataset.risks) {
    const score = risk.inherent.score;
    if (score === null) continue;
    for (const id of risk.controlIds) riskScores.set(id, Math.max(riskScores.get(id) ?? 0, score));
  }
  const issueTimes = new Map<string, IssueTimes>();
  for (const issue of dataset.issues) {
    const { openedAt, closedAt } = issue;
    // An issue closed before it opened was never open at any instant.
    if (openedAt === null || (closedAt !== null && closedAt < openedAt)) continue;
    for (const id of issue.itemIds) {
      if (!controls.has(id)) continue;
      let times = issueTimes.get(id);
      if (!times) issueTimes.set(id, (times = { opens: [], closes: [] }));
      times.opens.push(openedAt);
      if (closedAt !== null) times.closes.push(closedAt);
    }
  }
  for (const times of issueTimes.values()) {
    sortAscending(times.opens);
    sortAscending(times.closes);
  }
  return {
    controls,
    workload: (control) => (control.ownerId === null ? 0 : (workloads.get(control.ownerId) ?? 0)),
    linkedRiskScore: (controlId) => riskScores.get(controlId) ?? 0,
    issueTimes: (controlId) => issueTimes.get(controlId) ?? null,
  };
}

/** Issues with openedAt ≤ t < closedAt (closedAt null = still open). */
export function openIssuesAt(times: IssueTimes | null, t: number): number {
  // Every counted close has its open at or before it, so opened-by-t minus closed-by-t is what is open.
  return times ? countAtMost(times.opens, t) - countAtMost(times.closes, t) : 0;
}

/** Number of values ≤ t in an ascending array. */
function countAtMost(sorted: number[], t: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) <= t) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Issues mostly arrive in date order: sort only the lists that are not. */
function sortAscending(values: number[]): void {
  for (let i = 1; i < values.length; i++) {
    if ((values[i] as number) < (values[i - 1] as number)) {
      values.sort((a, b) => a - b);
      return;
    }
  }
}
