// Findings of a compliance run, most important first: unmapped requirements in priority families,
// frameworks below the compliance threshold, requirements resting on failing or untested controls,
// and crosswalk suggestions waiting for review.
import type { ComplianceResult, FrameworkResult, RequirementResult } from "@/lib/analysis/compliance/compliance-types";
import type { ReportFinding } from "@/lib/analysis/report/types";
import { plural } from "@/lib/analysis/text/plural";

const SEVERITY_RANK: Record<ReportFinding["severity"], number> = { high: 0, medium: 1, low: 2, info: 3 };
const REFERENCES_SHOWN = 10;

interface Ranked extends ReportFinding {
  count: number;
}


/** "1 requirement has" / "3 requirements have", or with another verb pair. */
function requirementsVerb(n: number, one = "has", many = "have"): string {
  return `${plural(n, "requirement")} ${n === 1 ? one : many}`;
}

/** A finding about exactly one requirement names it, so the UI can link to it. */
function onlySubject(requirements: readonly RequirementResult[]): { subjectId?: string } {
  const [first] = requirements;
  return requirements.length === 1 && first ? { subjectId: first.id } : {};
}

function referenceList(requirements: readonly RequirementResult[]): string {
  const shown = requirements.slice(0, REFERENCES_SHOWN).map((r) => `${r.reference} ${r.name}`.trim());
  const more = requirements.length - shown.length;
  return `${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}.`;
}

/** NIST counts only once the customer has accepted at least one crosswalk mapping. */
function assessed(f: FrameworkResult, result: ComplianceResult): boolean {
  return f.requirements > 0 && (f.kind === "synced" || result.crosswalk.acceptedMappings > 0);
}

// The NIST catalog is being adopted mapping by mapping, so its low figures are never high severity.
function thresholdFinding(f: FrameworkResult, threshold: number): Ranked | null {
  if (f.compliancePct === null || f.compliancePct >= threshold) return null;
  return {
    severity: f.compliancePct < threshold / 2 && f.kind === "synced" ? "high" : "medium",
    title: `${f.name} is ${f.compliancePct}% compliant, below the ${threshold}% threshold`,
    detail:
      `Of ${plural(f.requirements, "requirement")}, ${f.compliant} with an effective control count in full and ` +
      `${f.partiallyCompliant} with controls that only need improvement count half: ` +
      `(${f.compliant} + ${f.partiallyCompliant / 2}) / ${f.requirements} = ${f.compliancePct}%. ` +
      `No control in operation: ${f.unmapped}; only ineffective controls: ${f.onlyIneffective}; only untested controls: ${f.onlyUntested}. ` +
      `Coverage is ${f.coveragePct}%.`,
    count: f.requirements - f.compliant,
  };
}

function unmappedFindings(f: FrameworkResult, mine: readonly RequirementResult[], priority: ReadonlySet<string>): Ranked[] {
  const unmapped = mine.filter((r) => r.status === "gap_unmapped");
  if (unmapped.length === 0) return [];
  if (f.kind === "catalog") {
    return [{
      severity: "low",
      title: `${requirementsVerb(unmapped.length)} no accepted mapping to a control in ${f.name}`,
      detail: `Accept crosswalk suggestions to map them: ${referenceList(unmapped)}`,
      ...onlySubject(unmapped),
      count: unmapped.length,
    }];
  }
  const out: Ranked[] = [];
  const rest: RequirementResult[] = [];
  for (const family of f.families) {
    const inFamily = unmapped.filter((r) => r.familyId === family.id);
    if (inFamily.length === 0) continue;
    if (!priority.has(family.name.toLowerCase()) && !priority.has(family.reference.toLowerCase())) {
      rest.push(...inFamily);
      continue;
    }
    out.push({
      severity: "high",
      title: `${plural(inFamily.length, "requirement")} in ${family.name} (${f.name}) ${inFamily.length === 1 ? "has" : "have"} no control`,
      detail:
        `${family.name} is a priority family, and no control in operation addresses: ${referenceList(inFamily)} ` +
        "Map a control objective with an active control to each, or record why it does not apply.",
      ...onlySubject(inFamily),
      count: inFamily.length,
    });
  }
  if (rest.length > 0) {
    out.push({
      severity: "medium",
      title: `${requirementsVerb(rest.length)} no control in ${f.name}`,
      detail: `No control in operation addresses: ${referenceList(rest)}`,
      ...onlySubject(rest),
      count: rest.length,
    });
  }
  return out;
}

function statusFinding(
  f: FrameworkResult,
  mine: readonly RequirementResult[],
  status: "only_ineffective" | "only_untested",
): Ranked | null {
  const matching = mine.filter((r) => r.status === status);
  if (matching.length === 0) return null;
  const ineffective = status === "only_ineffective";
  return {
    severity: ineffective ? "medium" : "low",
    title: `${requirementsVerb(matching.length, "rests", "rest")} only on ${ineffective ? "ineffective" : "untested"} controls in ${f.name}`,
    detail:
      (ineffective
        ? "Every control in operation behind these requirements is classed ineffective, so they are covered on paper only: "
        : "No control behind these requirements has a test result, so nothing shows they are met: ") + referenceList(matching),
    ...onlySubject(matching),
    count: matching.length,
  };
}

export function complianceFindings(result: ComplianceResult): ReportFinding[] {
  const priority = new Set(result.options.priorityFamilies.map((p) => p.toLowerCase()));
  const byFramework = new Map<string, RequirementResult[]>();
  for (const r of result.requirements) {
    const list = byFramework.get(r.frameworkId);
    if (list) list.push(r);
    else byFramework.set(r.frameworkId, [r]);
  }
  const ranked: Ranked[] = [];
  for (const f of result.frameworks) {
    if (!assessed(f, result)) continue;
    const mine = byFramework.get(f.id) ?? [];
    ranked.push(...unmappedFindings(f, mine, priority));
    for (const finding of [
      thresholdFinding(f, result.options.complianceThresholdPct),
      statusFinding(f, mine, "only_ineffective"),
      statusFinding(f, mine, "only_untested"),
    ]) {
      if (finding) ranked.push(finding);
    }
  }
  const { totalSuggestions, sources } = result.crosswalk;
  if (totalSuggestions > 0) {
    ranked.push({
      severity: "info",
      title: `${plural(totalSuggestions, "suggested mapping")} to NIST SP 800-53 ${totalSuggestions === 1 ? "awaits" : "await"} review`,
      detail:
        `Text similarity links controls and citations (${sources} compared) to NIST SP 800-53 Rev. 5 requirements. ` +
        "Accepted mappings count toward NIST coverage; rejected ones are not suggested again.",
      count: totalSuggestions,
    });
  }
  ranked.sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.count - a.count || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
  return ranked.map(({ count: _count, ...finding }) => finding);
}
