import { describe, expect, it } from "vitest";
import { complianceEngine } from "@/lib/analysis/compliance/compliance-engine";
import type { ComplianceContext } from "@/lib/analysis/compliance/compliance-options";
import { complianceFixtureDataset } from "@/lib/analysis/compliance/compliance-test-fixture";
import { assessControls } from "@/lib/analysis/controls/assess-controls";

const dataset = complianceFixtureDataset();
const options = complianceEngine.options.parse({ priorityFamilies: ["Technological controls"], minConfidence: 0.05 });
const context: ComplianceContext = {
  crosswalkDecisions: [
    { sourceId: "E", requirementId: "AC-02", decision: "accepted" },
    { sourceId: "r2", requirementId: "AU-06", decision: "accepted" },
    { sourceId: "q2", requirementId: "CM-02", decision: "accepted" },
    { sourceId: "N", requirementId: "AC-03", decision: "rejected" },
    { sourceId: "I", requirementId: "SI-04", decision: "accepted" },
    { sourceId: "I", requirementId: "SI-04", decision: "rejected" },
    { sourceId: "ghost", requirementId: "AC-02", decision: "accepted" },
    { sourceId: "E", requirementId: "ZZ-99", decision: "accepted" },
  ],
};
const result = complianceEngine.run(dataset, options, context);
const requirement = (id: string) => result.requirements.find((r) => r.id === id);
const framework = (id: string) => result.frameworks.find((f) => f.id === id);

describe("compliance engine on the hand-made fixture", () => {
  it("gets the control classes the fixture is built on", () => {
    const classes = Object.fromEntries(assessControls(dataset).map((a) => [a.controlId, a.class]));
    expect(classes).toMatchObject({
      E: "effective", E2: "effective", N: "needs_improvement", I: "ineffective", I2: "ineffective", U: "untested", U2: "untested", U3: "untested",
    });
  });

  it("assigns every requirement its status", () => {
    expect(Object.fromEntries(result.requirements.filter((r) => r.frameworkId !== "nist-800-53r5").map((r) => [r.id, r.status]))).toEqual({
      r1: "compliant", // O1: E effective, U untested
      r2: "only_ineffective", // O2: I
      r3: "not_compliant", // O3: U2 untested, I2 ineffective
      r8: "only_untested", // O8: U3
      r4: "partially_compliant", // O4: N needs improvement
      r5: "gap_unmapped", // O5: only the retired R
      r6: "gap_unmapped", // O7 is inactive
      q1: "compliant", // O1 again
      q2: "gap_unmapped", // O6 has no control
    });
    expect([requirement("r5")?.gapReason, requirement("r6")?.gapReason, requirement("q2")?.gapReason]).toEqual([
      "no_control_in_operation", "not_mapped", "no_control",
    ]);
  });

  it("leaves out headings, inactive citations and inactive documents", () => {
    for (const id of ["h1", "h2", "p1", "r7", "z1"]) expect(requirement(id)).toBeUndefined();
    expect(result.frameworks.map((f) => f.id)).toEqual(["F1", "F2", "nist-800-53r5"]);
  });

  it("computes coverage and compliance per framework by hand", () => {
    // ISO: 7 requirements; covered r1 r2 r3 r8 r4 = 5 → 5/7 = 71.4%; compliance (1 compliant + ½ × 1 partial) / 7 = 21.4%
    expect(framework("F1")).toMatchObject({
      requirements: 7, covered: 5, compliant: 1, partiallyCompliant: 1, unmapped: 2, onlyIneffective: 1, onlyUntested: 1,
      notCompliant: 1, coveragePct: 71.4, compliancePct: 21.4,
    });
    // PCI: q1 compliant, q2 unmapped → 1/2 = 50% covered and 50% compliant
    expect(framework("F2")).toMatchObject({ requirements: 2, covered: 1, compliant: 1, coveragePct: 50, compliancePct: 50 });
  });

  it("computes coverage and compliance per family by hand", () => {
    const families = framework("F1")?.families.map((f) => [f.id, f.requirements, f.covered, f.coveragePct, f.compliancePct]);
    expect(families).toEqual([
      ["h1", 4, 4, 100, 25], // r1 r2 r3 r8 all covered; only r1 compliant: 1/4 = 25%
      ["h2", 2, 1, 50, 25], // r4 partial (½), r5 unmapped: 0.5/2 = 25%
      ["none", 1, 0, 0, 0], // r6
    ]);
    // Natural order inside a family: A.5.10 after A.5.3.
    expect(result.requirements.filter((r) => r.familyId === "h1").map((r) => r.reference)).toEqual(["A.5.1", "A.5.2", "A.5.3", "A.5.10"]);
  });

  it("maps NIST requirements through accepted decisions only", () => {
    expect(requirement("AC-02")).toMatchObject({ status: "compliant", mappings: 1, controlIds: ["E"] });
    // The citation r2 reaches objective O2 and its control I.
    expect(requirement("AU-06")).toMatchObject({ status: "only_ineffective", controlIds: ["I"] });
    expect(requirement("CM-02")).toMatchObject({ status: "gap_unmapped", gapReason: "no_control" });
    // Accepted, then rejected: the last decision wins.
    expect(requirement("SI-04")).toMatchObject({ status: "gap_unmapped", gapReason: "not_mapped", mappings: 0 });
    // 424 catalog controls; covered AC-02 and AU-06: 2/424 = 0.47% → 0.5; compliant AC-02: 1/424 = 0.24% → 0.2
    expect(framework("nist-800-53r5")).toMatchObject({ kind: "catalog", requirements: 424, covered: 2, compliant: 1, coveragePct: 0.5, compliancePct: 0.2 });
    // AC: 47 controls, AC-02 covered and compliant: 1/47 = 2.1%
    expect(framework("nist-800-53r5")?.families.find((f) => f.id === "AC")).toMatchObject({ requirements: 47, covered: 1, coveragePct: 2.1, compliancePct: 2.1 });
    expect(result.crosswalk).toMatchObject({ acceptedMappings: 3, rejectedPairs: 2, ignoredDecisions: 2 });
  });

  it("reports key figures over the synced frameworks, NIST apart", () => {
    // 9 requirements; covered 5 + 1 = 6 → 66.7%; compliance (1 + 1 + ½) / 9 = 27.8%
    expect(complianceEngine.keyFigures(result)).toMatchObject({
      frameworks: 2, requirements: 9, covered: 6, unmapped: 3, onlyIneffective: 1, onlyUntested: 1, coveragePct: 66.7, compliancePct: 27.8,
      acceptedMappings: 3, nistRequirements: 424, nistCoveragePct: 0.5, nistCompliancePct: 0.2,
    });
  });

  it("never suggests a decided pair, and suggests it when undecided", () => {
    const pairs = (r: typeof result) => new Set(r.crosswalk.suggestions.map((s) => `${s.sourceId}>${s.requirementId}`));
    const decided = pairs(result);
    expect(decided.has("N>AC-03")).toBe(false);
    expect(decided.has("E>AC-02")).toBe(false);
    const fresh = pairs(complianceEngine.run(dataset, options, { crosswalkDecisions: [] }));
    expect(fresh.has("N>AC-03")).toBe(true);
    expect(fresh.has("E>AC-02")).toBe(true);
    // Sources: 8 controls in scope (not the retired R) and 9 requirement citations of active documents.
    expect(result.crosswalk.sources).toBe(17);
  });

  it("is plain JSON and deterministic", () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(JSON.stringify(complianceEngine.run(dataset, options, context))).toBe(JSON.stringify(result));
  });

  it("summarizes with tags the subjects carry", () => {
    const summary = complianceEngine.summarize(result);
    const subjectTags = new Set(complianceEngine.subjects(result).flatMap((s) => s.tags));
    const iso = summary.frameworks[0];
    expect(iso?.gaps.unmapped).toEqual({
      tag: "framework:F1:status:gap_unmapped", total: 2,
      items: [
        { id: "r5", reference: "A.8.2", name: "Malware protection", familyId: "h2" },
        { id: "r6", reference: "A.9", name: "Supplier agreements", familyId: "none" },
      ],
    });
    for (const f of summary.frameworks) {
      expect(subjectTags.has(f.tag)).toBe(true);
      for (const family of f.families) expect(subjectTags.has(family.tag), family.tag).toBe(true);
      if (f.gaps.unmapped.total > 0) expect(subjectTags.has(f.gaps.unmapped.tag)).toBe(true);
    }
    expect(summary.crosswalk.suggestions.length).toBeLessThanOrEqual(200);
  });

  it("gives each requirement a subject with its compliance credit", () => {
    const subjects = complianceEngine.subjects(result);
    expect(subjects.find((s) => s.id === "r4")).toEqual({
      id: "r4", label: "ISO 27001 A.8.1 Baseline configuration", type: "requirement", value: 50, status: "partially_compliant",
      tags: ["framework:F1", "framework:F1:family:h2", "status:partially_compliant", "framework:F1:status:partially_compliant"],
    });
    expect(subjects.find((s) => s.id === "r5")).toMatchObject({ value: null, status: "gap_unmapped" });
    expect(subjects.filter((s) => s.type === "link")).toHaveLength(result.crosswalk.suggestions.length);
  });

  it("finds unmapped priority requirements and frameworks below the threshold", () => {
    const findings = complianceEngine.findings(result);
    expect(findings.find((f) => f.subjectId === "r5")).toMatchObject({
      severity: "high", title: "1 requirement in Technological controls (ISO 27001) has no control",
    });
    expect(findings.find((f) => f.subjectId === "r6")).toMatchObject({ severity: "medium", title: "1 requirement has no control in ISO 27001" });
    const iso = findings.find((f) => f.title.startsWith("ISO 27001 is 21.4% compliant"));
    // 21.4% is below half of the 80% threshold.
    expect(iso?.severity).toBe("high");
    expect(iso?.detail).toContain("(1 + 0.5) / 7 = 21.4%");
    // NIST is adopted mapping by mapping: its 424 - 2 covered = 422 unmapped requirements are one low finding, its threshold at most medium.
    expect(findings.find((f) => f.title.startsWith("422 requirements have no accepted mapping"))?.severity).toBe("low");
    expect(findings.find((f) => f.title.startsWith("NIST SP 800-53 Rev. 5 is 0.2% compliant"))?.severity).toBe("medium");
    expect(findings.find((f) => f.title.startsWith("PCI DSS is 50% compliant"))?.severity).toBe("medium");
    const rank = { high: 0, medium: 1, low: 2, info: 3 };
    expect(findings.map((f) => rank[f.severity])).toEqual([...findings.map((f) => rank[f.severity])].sort((a, b) => a - b));
  });

  it("makes a report section with bounded, uniquely named blocks", () => {
    const report = complianceEngine.toReport(result);
    const ids = report.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(31);
    const gaps = report.blocks.find((b) => b.id === "compliance-gaps");
    // Not fully compliant: 6 of ISO (all but r1), q2 of PCI, and 424 - 1 NIST requirements (NIST is adopted).
    expect(gaps?.kind === "table" && gaps.rows.length).toBe(6 + 1 + 423);
    expect(report.findings).toEqual(complianceEngine.findings(result));
  });
});

describe("compliance options", () => {
  it("has bounded defaults and rejects unknown keys", () => {
    expect(complianceEngine.options.parse({})).toMatchObject({
      nistBaseline: "all", complianceThresholdPct: 80, minConfidence: 0.3, suggestionsPerSource: 3, maxSuggestions: 10_000,
    });
    expect(() => complianceEngine.options.parse({ extra: 1 })).toThrow();
    expect(() => complianceEngine.options.parse({ minConfidence: 2 })).toThrow();
  });

  it("restricts NIST requirements to a baseline", () => {
    const low = complianceEngine.run(dataset, complianceEngine.options.parse({ nistBaseline: "LOW" }), { crosswalkDecisions: [] });
    expect(low.frameworks.find((f) => f.kind === "catalog")?.requirements).toBe(149);
  });
});
