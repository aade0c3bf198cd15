"use client";

import { useRouter } from "next/navigation";
import { TrendChart, type TrendSeries } from "@/components/insights/trend-chart";
import type { EngineId } from "@/lib/analysis/engine";
import { ENGINE_LABELS } from "@/lib/analysis/engine-labels";
import type { InsightTrends } from "@/lib/insights/schemas";

/** The key figures worth a line per engine; the rest stay in compare and the exports. */
const TREND_SERIES: Record<EngineId, TrendSeries[]> = {
  controls: [
    { key: "meanScore", label: "Mean score" },
    { key: "ineffective", label: "Ineffective controls" },
    { key: "overdue", label: "Overdue controls" },
  ],
  risks: [
    { key: "meanInherent", label: "Mean inherent score" },
    { key: "meanResidual", label: "Mean residual score" },
    { key: "coverageGaps", label: "Coverage gaps" },
  ],
  compliance: [
    { key: "coveragePct", label: "Coverage", unit: "%" },
    { key: "compliancePct", label: "Compliance", unit: "%" },
    { key: "unmapped", label: "Unmapped requirements" },
  ],
  predictive: [
    { key: "auc", label: "Validation AUC" },
    { key: "baselineAuc", label: "Baseline AUC" },
    { key: "meanProbability", label: "Mean failure probability" },
  ],
};

/** Key figures over time, one chart per engine; a point opens the comparison of that run with the latest. */
export function TrendsSection({ orgSlug, trends, latest }: { orgSlug: string; trends: InsightTrends; latest: Partial<Record<EngineId, string>> }) {
  const router = useRouter();
  return (
    <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
      {trends.series.map(({ engine, points }) => (
        <TrendChart
          key={engine}
          title={`${ENGINE_LABELS[engine]} over time`}
          description="One point per analysis run. Select a point to compare that run with the latest."
          emptyMessage="Trends appear after the second analysis of this instance."
          series={TREND_SERIES[engine]}
          points={points.map((p) => ({ x: p.dataAsOf, tag: `run:${p.insightId}`, values: p.keyFigures }))}
          onSelect={(tag) => {
            const latestId = latest[engine];
            if (latestId) router.push(`/${orgSlug}/insights/compare?a=${tag.slice("run:".length)}&b=${latestId}`);
          }}
        />
      ))}
    </div>
  );
}
