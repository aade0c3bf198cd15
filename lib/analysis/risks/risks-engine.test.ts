import { describe, expect, it } from "vitest";
import type { DsControlTest } from "@/lib/analysis/dataset/types";
import { generatedAnalysisDataset } from "@/lib/analysis/testing/generated-dataset";
import { risksEngine } from "./risks-engine";
import { risksOptionsSchema } from "./risks-options";
import { DAY, daysAgo, fixtureControl, fixtureDataset, fixtureResults, fixtureRisk, fixtureTests } from "./risks-test-fixture";

// Risk L has 24 monthly indicator results; control M (same entity, not recorded) failed a day before
// six of them, and exactly those six are bad. With a 20-day window each failure exposes one result:
// a = 6, b = 0, c = 0, d = 18, P(A ≥ 6) = 1/C(24,6) = 1/134596.
const TIMES = Array.from({ length: 24 }, (_, k) => daysAgo(720 - 30 * k));
const BAD = [3, 7, 11, 15, 19, 23];
const mTests: DsControlTest[] = TIMES.map((at, k) => ({
  id: `M-${k}`, number: `CTR-M-${k}`, controlId: "M", state: "3", outcome: BAD.includes(k) ? "fail" : "pass", performedAt: at - DAY, plannedEndAt: null,
}));

function fixture() {
  return fixtureDataset({
    controls: [fixtureControl("A"), fixtureControl("B"), fixtureControl("M"), fixtureControl("Z", { active: false })],
    controlTests: [...fixtureTests("A", "FFFFPP"), ...fixtureTests("B", "PPPPPPPP"), ...mTests],
    risks: [
      fixtureRisk("H", { controlIds: [], inherent: { likelihood: 5, impact: 4, score: null } }),
      fixtureRisk("F", { controlIds: ["A", "B", "A"] }),
      fixtureRisk("I", { controlIds: ["Z"], inherent: { likelihood: 2, impact: 2, score: null }, residual: { likelihood: 3, impact: 2, score: null } }),
      fixtureRisk("L", { controlIds: ["B"], inherent: { likelihood: 3, impact: 3, score: null }, residual: { likelihood: 2, impact: 3, score: null } }),
      fixtureRisk("K", { controlIds: ["B"] }),
      fixtureRisk("X", { active: false }),
    ],
    indicators: [{ id: "IND", itemId: "L", active: true }, { id: "IND2", itemId: "K", active: true }],
    indicatorResults: [
      ...fixtureResults("IND", TIMES.map((_, k) => (BAD.includes(k) ? "B" : "G")).join(""), TIMES),
      // K's last 6 results, bad at the two after M's failures: a = 2, b = 0, c = 0, d = 4, p = 1/C(6,2) = 1/15.
      ...fixtureResults("IND2", "GBGGGB", TIMES.slice(18)),
    ],
  });
}

const options = risksOptionsSchema.parse({ windowDays: 20 });
const result = risksEngine.run(fixture(), options, {});

describe("risksEngine on a fixture", () => {
  it("identifies itself and validates its options strictly", () => {
    expect(risksEngine.id).toBe("risks");
    expect(risksEngine.version).toBe("1.1.0");
    expect(risksOptionsSchema.parse({})).toMatchObject({ minSampleSize: 8, alpha: 0.05, windowDays: 90, priorTests: 4 });
    expect(() => risksOptionsSchema.parse({ minSample: 3 })).toThrow();
    expect(() => risksOptionsSchema.parse({ minSampleSize: 1 })).toThrow();
  });

  it("produces plain JSON", () => {
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  it("scores active risks and compares inherent with residual", () => {
    // Active: F, H, I, K, L (X retired). Inherent 20, 20, 4, 20, 9: mean 14.6; residual 10, 10, 6, 10, 6: mean 8.4.
    expect(result.counts).toMatchObject({ risks: 5, inactiveRisksExcluded: 1, residualAboveInherent: 1 });
    expect(result.meanInherent).toBe(14.6);
    expect(result.meanResidual).toBe(8.4);
    // Inherent likelihood 5 × impact 4 is H alone; residual 2 × 5 holds F, H and K.
    expect(result.heatMaps.inherent.cells[4]?.[3]).toBe(1);
    expect(result.heatMaps.residual.cells[1]?.[4]).toBe(3);
  });

  it("classifies coverage gaps with severity by inherent score", () => {
    const gaps = Object.fromEntries(result.risks.map((r) => [r.number, [r.gaps, r.severity]]));
    // A fails 4 of 6; prior = (4 + 6)/(6 + 8 + 24) = 10/38; A smoothed (4 + 4·0.263)/10 = 0.505, B 0.105: 1 of 2 failing.
    expect(gaps["RK-F"]).toEqual([["failing-controls"], "high"]);
    expect(gaps["RK-H"]).toEqual([["no-controls"], "high"]);
    expect(gaps["RK-I"]).toEqual([["inactive-controls"], "low"]);
    expect(gaps["RK-L"]).toEqual([[], null]);
    expect(gaps["RK-K"]).toEqual([[], null]);
    expect(result.gapOrder.map((id) => result.risks.find((r) => r.id === id)?.number)).toEqual(["RK-F", "RK-H", "RK-I"]);
    expect(result.risks.find((r) => r.id === "F")?.explanation).toContain("Inherent 4 × 5 = 20, residual 2 × 5 = 10 (down 10).");
  });

  it("suggests the unrecorded control whose failures precede the risk indicator's failures", () => {
    const link = result.links.find((l) => l.id === "pair:L:M");
    expect(link).toMatchObject({ status: "suggested", evidence: "indicator", n: 24, effect: 1 });
    expect(link?.p).toBeCloseTo(1 / 134596, 15);
    expect(link?.q).not.toBeNull();
    expect(link?.q as number).toBeLessThanOrEqual(0.05);
  });

  it("tags every chart element so it lists the subjects behind it", () => {
    const summary = risksEngine.summarize(result);
    const subjects = risksEngine.subjects(result);
    const count = (tag: string) => subjects.filter((s) => s.tags.includes(tag)).length;
    for (const kind of ["inherent", "residual"] as const) {
      const map = summary.heatMaps[kind];
      map.cells.forEach((row, l) => row.forEach((n, i) => expect(count(map.tags[l]?.[i] as string)).toBe(n)));
    }
    for (const bar of summary.gapsByKind) expect(count(bar.tag)).toBe(bar.count);
    for (const bar of summary.reductionBars) expect(count(bar.tag)).toBe(bar.count);
    expect(subjects.filter((s) => s.type === "risk")).toHaveLength(5);
    expect(subjects.find((s) => s.id === "pair:L:M")).toMatchObject({ type: "link", status: "suggested" });
    expect(summary.suggestedLinks.map((l) => l.id)).toContain("pair:L:M");
  });

  it("reports key figures, findings most severe first, and a report section", () => {
    expect(Object.keys(risksEngine.keyFigures(result)).sort()).toEqual(
      ["coverageGaps", "highSeverityGaps", "meanInherent", "meanResidual", "risks", "significantLinks", "suggestedLinks", "unexplainedFailureFactors"],
    );
    const findings = risksEngine.findings(result);
    const order = { high: 0, medium: 1, low: 2, info: 3 };
    expect(findings.map((f) => order[f.severity])).toEqual([...findings.map((f) => order[f.severity])].sort());
    expect(findings.some((f) => f.title.includes("residual score above"))).toBe(true);
    const report = risksEngine.toReport(result);
    const heat = report.blocks.filter((b) => b.kind === "heat-map");
    expect(heat).toHaveLength(2);
    for (const h of heat) if (h.kind === "heat-map") expect(h.cells.map((r) => r.length)).toEqual([5, 5, 5, 5, 5]);
    expect(report.blocks.find((b) => b.id === "risk-register")).toMatchObject({ kind: "table" });
  });
});

describe("risksEngine on an empty dataset", () => {
  it("returns empty, serialisable results without mean scores", () => {
    const empty = risksEngine.run(fixtureDataset({}), options, {});
    expect(JSON.parse(JSON.stringify(empty))).toStrictEqual(empty);
    expect(empty).toMatchObject({ meanInherent: null, meanResidual: null, links: [], gapOrder: [] });
    expect(empty.failureFactor.definition).toBeNull();
    expect(risksEngine.keyFigures(empty)).toEqual({
      risks: 0, coverageGaps: 0, highSeverityGaps: 0, significantLinks: 0, suggestedLinks: 0, unexplainedFailureFactors: 0,
    });
    expect(risksEngine.toReport(empty).findings).toEqual([]);
  });
});

describe("minimum sample size", () => {
  it("suppresses a link tested on fewer observations than the minimum", () => {
    // K ↔ M rests on 6 results (p = 1/15): reported at α = 0.5 with a minimum of 3 or 6, never with 7 or more.
    const run = (minSampleSize: number) =>
      risksEngine.run(fixture(), risksOptionsSchema.parse({ minSampleSize, alpha: 0.5, windowDays: 20 }), {}).links.find((l) => l.id === "pair:K:M");
    expect(run(3)).toMatchObject({ n: 6, status: "suggested" });
    expect(run(3)?.p).toBeCloseTo(1 / 15, 12);
    expect(run(6)).toBeDefined();
    expect(run(7)).toBeUndefined();
    expect(run(8)).toBeUndefined();
  });

  it("is never undercut by a reported link, whatever the minimum", () => {
    const { dataset } = generatedAnalysisDataset({ seed: 7, size: "small" });
    for (const minSampleSize of [3, 8, 25, 200]) {
      for (const data of [dataset, fixture()]) {
        const r = risksEngine.run(data, risksOptionsSchema.parse({ minSampleSize, alpha: 0.5 }), {});
        for (const link of r.links) expect(link.n).toBeGreaterThanOrEqual(minSampleSize);
        for (const subject of risksEngine.subjects(r).filter((s) => s.type === "link")) {
          expect(r.links.find((l) => l.id === subject.id)?.n).toBeGreaterThanOrEqual(minSampleSize);
        }
      }
    }
    // With the minimum above the fixture's 24 indicator results the planted link is not reported.
    const strict = risksEngine.run(fixture(), risksOptionsSchema.parse({ minSampleSize: 25, windowDays: 20 }), {});
    expect(strict.links.some((l) => l.id === "pair:L:M")).toBe(false);
  });
});
