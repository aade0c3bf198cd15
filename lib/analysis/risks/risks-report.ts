// The risk engine's report section: heat maps, coverage gaps, links with their statistics, the
// failure-factor reconciliation and the full risk register (for CSV/Excel).
import type { ReportColumn, ReportSection, ReportTable } from "@/lib/analysis/report/types";
import { GAP_KINDS, gapRule } from "./coverage-gaps";
import { FAILURE_FACTOR_DEFINITIONS } from "./failure-factor";
import { risksFindings } from "./risks-findings";
import type { LinkRow, RisksResult } from "./risks-result";

const MAX_GAP_ROWS = 200;
const MAX_LINK_ROWS = 200;

const LINK_COLUMNS: ReportColumn[] = [
  { key: "label", header: "Link", type: "text", width: 2 },
  { key: "status", header: "Status", type: "text" },
  { key: "evidence", header: "Evidence", type: "text" },
  { key: "n", header: "n", type: "number" },
  { key: "unit", header: "Observations", type: "text" },
  { key: "effectMeasure", header: "Effect measure", type: "text" },
  { key: "effect", header: "Effect", type: "number" },
  { key: "p", header: "p", type: "number" },
  { key: "q", header: "q (BH)", type: "number" },
  { key: "explanation", header: "Explanation", type: "text", width: 4 },
];

function linkRows(links: readonly LinkRow[]) {
  return links.map((l) => ({
    label: l.label, status: l.status, evidence: l.evidence, n: l.n, unit: l.unit, effectMeasure: l.effectMeasure,
    effect: l.effect, p: l.p, q: l.q, explanation: l.explanation,
  }));
}

function percent(x: number | null): string {
  return x === null ? "n/a" : `${Math.round(x * 100)}%`;
}

function summaryText(result: RisksResult): string {
  const { counts, testing, failureFactor } = result;
  const suggested = result.links.filter((l) => l.status === "suggested").length;
  const factor =
    failureFactor.definition === null
      ? "The risks' control failure factors follow neither known definition closely enough to reconcile them with the recorded controls."
      : `The risks' control failure factors follow "${FAILURE_FACTOR_DEFINITIONS[failureFactor.definition]}" for ` +
        `${failureFactor.matched} of ${failureFactor.checked} risks; the other ${failureFactor.mismatches.length} are not explained ` +
        `by their recorded controls, which usually means a control is missing from the record.`;
  return [
    `${counts.risks} active risks were analysed (${counts.inactiveRisksExcluded} retired risks left out). ` +
      `The mean score falls from ${result.meanInherent ?? "n/a"} inherent to ${result.meanResidual ?? "n/a"} residual. ${result.scoreFormula}`,
    `${counts.coverageGaps} risks have a coverage gap. ${factor} ${testing.pairTests + testing.portfolioTests} link tests were run ` +
      `(${testing.pairTests} control-risk pairs on indicator results, ${testing.portfolioTests} portfolio tests); ` +
      `${testing.significant} are significant after ${result.correction} ${suggested} links are suggested for recording. ` +
      `No link is reported on fewer than ${result.options.minSampleSize} observations.`,
  ].join("\n\n");
}

function gapTable(result: RisksResult): ReportTable {
  const byId = new Map(result.risks.map((r) => [r.id, r]));
  const rows = result.gapOrder.slice(0, MAX_GAP_ROWS).flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ number: r.number, name: r.name, entity: r.entityName, severity: r.severity, gaps: r.gaps.join(", "), inherent: r.inherent.score, residual: r.residual.score, explanation: r.explanation }] : [];
  });
  return {
    kind: "table", id: "risk-coverage-gaps", title: "Coverage gaps", rows,
    note:
      `${GAP_KINDS.map((k) => `${k}: ${gapRule(k, result.options)}`).join(" ")} Severity is high at an inherent score of ` +
      `${result.options.highInherentScore} or more, low at 4 or less. ` +
      (result.gapOrder.length > MAX_GAP_ROWS ? `The ${MAX_GAP_ROWS} most severe of ${result.gapOrder.length} are listed.` : ""),
    columns: [
      { key: "number", header: "Risk", type: "text" }, { key: "name", header: "Name", type: "text", width: 2 },
      { key: "entity", header: "Entity", type: "text" }, { key: "severity", header: "Severity", type: "text" },
      { key: "gaps", header: "Gaps", type: "text" }, { key: "inherent", header: "Inherent", type: "number" },
      { key: "residual", header: "Residual", type: "number" }, { key: "explanation", header: "Explanation", type: "text", width: 4 },
    ],
  };
}

function registerTable(result: RisksResult): ReportTable {
  return {
    kind: "table", id: "risk-register", title: "Risk register: inherent and residual scores",
    note: result.scoreFormula,
    columns: [
      { key: "number", header: "Risk", type: "text" }, { key: "name", header: "Name", type: "text", width: 2 },
      { key: "entity", header: "Entity", type: "text" },
      { key: "inherentLikelihood", header: "Inherent L", type: "number" }, { key: "inherentImpact", header: "Inherent I", type: "number" },
      { key: "inherent", header: "Inherent", type: "number" }, { key: "residualLikelihood", header: "Residual L", type: "number" },
      { key: "residualImpact", header: "Residual I", type: "number" }, { key: "residual", header: "Residual", type: "number" },
      { key: "controls", header: "Controls", type: "number" }, { key: "failing", header: "Failing", type: "number" },
      { key: "failureRate", header: "Mean failure rate", type: "percent" }, { key: "gaps", header: "Gaps", type: "text" },
    ],
    rows: result.risks.map((r) => ({
      number: r.number, name: r.name, entity: r.entityName, inherentLikelihood: r.inherent.likelihood, inherentImpact: r.inherent.impact,
      inherent: r.inherent.score, residualLikelihood: r.residual.likelihood, residualImpact: r.residual.impact, residual: r.residual.score,
      controls: r.recordedControls, failing: r.failingControls, failureRate: r.meanFailureRate, gaps: r.gaps.join(", "),
    })),
  };
}

function mismatchTable(result: RisksResult): ReportTable {
  const numbers = new Map(result.risks.map((r) => [r.id, r.number]));
  return {
    kind: "table", id: "risk-failure-factor", title: "Control failure factors not explained by the recorded controls",
    note: `Definition in use: ${result.failureFactor.definitionText ?? "none (no definition fits at least half of the risks)"}. ` +
      `Match shares: ${Object.entries(result.failureFactor.matchShares).map(([k, v]) => `${k} ${percent(v)}`).join(", ")}.`,
    columns: [
      { key: "risk", header: "Risk", type: "text" }, { key: "factor", header: "Failure factor", type: "number" },
      { key: "recorded", header: "From recorded controls", type: "number" },
      { key: "needed", header: "Value a missing control would need", type: "number" },
      { key: "candidates", header: "Candidate controls", type: "number" },
    ],
    rows: result.failureFactor.mismatches.map((m) => ({
      risk: numbers.get(m.riskId) ?? m.riskId, factor: m.factor, recorded: m.recordedFactor, needed: m.neededValue, candidates: m.candidateCount,
    })),
  };
}

export function risksReport(result: RisksResult): ReportSection {
  const statistical = result.links.filter((l) => l.q !== null);
  const suggested = result.links.filter((l) => l.status === "suggested");
  const heat = (kind: "inherent" | "residual") => ({
    kind: "heat-map" as const, id: `risk-heat-${kind}`, title: `${kind === "inherent" ? "Inherent" : "Residual"} risk: likelihood by impact`,
    cells: result.heatMaps[kind].cells, xLabel: "Impact", yLabel: "Likelihood",
  });
  return {
    title: "Risks and mitigating controls",
    summary: summaryText(result),
    keyFigures: [
      { label: "Active risks", value: String(result.counts.risks) },
      { label: "Mean inherent score", value: String(result.meanInherent ?? "n/a") },
      { label: "Mean residual score", value: String(result.meanResidual ?? "n/a") },
      { label: "Risks with a coverage gap", value: String(result.counts.coverageGaps) },
      { label: "Significant links", value: String(result.testing.significant) },
      { label: "Suggested links", value: String(suggested.length) },
    ],
    blocks: [
      heat("inherent"),
      heat("residual"),
      { kind: "bar-chart", id: "risk-gaps-by-kind", title: "Coverage gaps by kind", bars: GAP_KINDS.map((k) => ({ label: k, value: result.counts.gapsByKind[k] })) },
      gapTable(result),
      {
        kind: "table", id: "risk-links", title: "Significant links", columns: LINK_COLUMNS, rows: linkRows(statistical.slice(0, MAX_LINK_ROWS)),
        note: `${result.correction} ${statistical.length > MAX_LINK_ROWS ? `The ${MAX_LINK_ROWS} strongest of ${statistical.length} are listed.` : ""}`,
      },
      { kind: "table", id: "risk-suggested-links", title: "Suggested links (not recorded)", columns: LINK_COLUMNS, rows: linkRows(suggested) },
      mismatchTable(result),
      registerTable(result),
    ],
    findings: risksFindings(result),
  };
}
