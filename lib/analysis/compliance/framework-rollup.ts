// Coverage and compliance percentages of a framework and of each of its families.
import type {
  FamilyResult,
  FrameworkResult,
  RequirementResult,
  RollupCounts,
} from "@/lib/analysis/compliance/compliance-types";

export interface FrameworkRequirements {
  framework: FrameworkResult;
  requirements: RequirementResult[];
}

function pct(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

export function rollup(requirements: readonly RequirementResult[]): RollupCounts {
  const c = {
    requirements: requirements.length, covered: 0, compliant: 0, partiallyCompliant: 0,
    unmapped: 0, onlyIneffective: 0, onlyUntested: 0, notCompliant: 0,
  };
  for (const r of requirements) {
    if (r.covered) c.covered++;
    if (r.status === "compliant") c.compliant++;
    else if (r.status === "partially_compliant") c.partiallyCompliant++;
    else if (r.status === "gap_unmapped") c.unmapped++;
    else if (r.status === "only_ineffective") c.onlyIneffective++;
    else if (r.status === "only_untested") c.onlyUntested++;
    else c.notCompliant++;
  }
  return {
    ...c,
    coveragePct: pct(c.covered, c.requirements),
    compliancePct: pct(c.compliant + c.partiallyCompliant / 2, c.requirements),
  };
}

/** Families keep the given order; a family without requirements is left out. */
export function frameworkResult(
  meta: { id: string; name: string; kind: FrameworkResult["kind"] },
  families: readonly { id: string; name: string; reference: string }[],
  requirements: readonly RequirementResult[],
): FrameworkResult {
  const byFamily = new Map<string, RequirementResult[]>();
  for (const r of requirements) {
    const list = byFamily.get(r.familyId);
    if (list) list.push(r);
    else byFamily.set(r.familyId, [r]);
  }
  const familyResults: FamilyResult[] = families
    .filter((f) => byFamily.has(f.id))
    .map((f) => ({ id: f.id, name: f.name, reference: f.reference, ...rollup(byFamily.get(f.id) ?? []) }));
  return { ...meta, ...rollup(requirements), families: familyResults };
}
