"use client";

import { FrameworkBars } from "@/components/insights/framework-bars";
import { KeyFigures } from "@/components/insights/key-figures";
import { RiskHeatMap } from "@/components/insights/risk-heat-map";
import type { RisksSummary } from "@/lib/analysis/risks/risks-summary";
import type { LinkRow } from "@/lib/analysis/risks/risks-result";
import type { SelectTag } from "./insight-section-frame";
import { RankedTable } from "./ranked-table";

const fmt = (n: number | null, digits = 2) => (n === null ? "—" : n.toFixed(digits));
const pValue = (p: number | null) => (p === null ? "—" : p < 0.001 ? "< 0.001" : p.toFixed(3));

function linkRows(links: LinkRow[]) {
  return links.map((l) => ({
    key: l.id,
    cells: [l.label, `${l.effectMeasure} ${fmt(l.effect)}`, l.n, `${l.unit}`, pValue(l.p), pValue(l.q), l.explanation],
  }));
}

export function RisksSection({ summary, select }: { summary: RisksSummary; select: SelectTag }) {
  const figures = summary.keyFigures;
  return (
    <div className="grid gap-6">
      <KeyFigures
        label="Risk key figures"
        figures={[
          { label: "Risks", value: summary.counts.risks.toLocaleString() },
          { label: "Mean inherent score", value: fmt(summary.meanInherent, 1) },
          { label: "Mean residual score", value: fmt(summary.meanResidual, 1) },
          { label: "Coverage gaps", value: figures.coverageGaps ?? 0, hint: `${figures.highSeverityGaps ?? 0} high severity` },
          { label: "Significant links", value: figures.significantLinks ?? 0, hint: "after correcting for multiple tests" },
          { label: "Suggested unrecorded links", value: summary.suggestedLinksTotal },
        ]}
      />
      <p className="text-xs text-muted-foreground">{summary.scoreFormula}</p>
      <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
        <RiskHeatMap
          title="Inherent risk"
          cells={summary.heatMaps.inherent.cells}
          tagPrefix="heat:inherent"
          onSelect={(tag) => select(tag, `Risks at inherent ${tag.slice(tag.lastIndexOf(":") + 1).replace("-", " × ")} (likelihood × impact)`)}
        />
        <RiskHeatMap
          title="Residual risk"
          cells={summary.heatMaps.residual.cells}
          tagPrefix="heat:residual"
          onSelect={(tag) => select(tag, `Risks at residual ${tag.slice(tag.lastIndexOf(":") + 1).replace("-", " × ")} (likelihood × impact)`)}
        />
      </div>
      <FrameworkBars
        title="Coverage gaps by kind"
        description="Share of risks with each kind of gap in their mitigating controls."
        rowNoun="gap kind"
        coverageLabel="Share of risks"
        rows={summary.gapsByKind.map((g) => ({
          label: g.rule,
          tag: g.tag,
          coverage: summary.counts.risks === 0 ? null : (g.count / summary.counts.risks) * 100,
          compliance: null,
        }))}
        onSelect={(tag) => select(tag, `Risks with the gap “${tag}”`)}
      />
      <RankedTable
        caption="Coverage gaps, most severe first"
        columns={["Risk", "Gaps", "Inherent", "Residual", "Why"]}
        rows={summary.topGaps.map((g) => ({
          key: g.riskId,
          cells: [`${g.number} ${g.name}`, g.gaps.join(", ").replaceAll("_", " "), g.inherentScore ?? "—", g.residualScore ?? "—", g.explanation],
        }))}
      />
      <RankedTable
        caption={`Strongest links between control failures and risks (${summary.correction})`}
        columns={["Link", "Effect", "n", "Unit", "p", "q (adjusted)", "Explanation"]}
        rows={linkRows(summary.topLinks)}
      />
      <RankedTable
        caption={`Links the data points to that ServiceNow does not record (${summary.suggestedLinks.length} of ${summary.suggestedLinksTotal})`}
        columns={["Link", "Effect", "n", "Unit", "p", "q (adjusted)", "Explanation"]}
        rows={linkRows(summary.suggestedLinks)}
      />
    </div>
  );
}
