"use client";

import type { ComplianceSummary } from "@/lib/analysis/compliance/compliance-summary";
import type { ControlsSummary } from "@/lib/analysis/controls/controls-summary";
import type { EngineId } from "@/lib/analysis/engine";
import type { PredictiveSummary } from "@/lib/analysis/predictive/predictive-summary";
import type { RisksSummary } from "@/lib/analysis/risks/risks-summary";
import { ComplianceSection } from "./compliance-section";
import { ControlsSection } from "./controls-section";
import { type InsightMeta, InsightSectionFrame } from "./insight-section-frame";
import { PredictiveSection } from "./predictive-section";
import { RisksSection } from "./risks-section";

export interface EngineInsightProps {
  orgSlug: string;
  instanceId: string;
  engine: EngineId;
  meta: InsightMeta;
  summary: Record<string, unknown>;
  canExport: boolean;
  canDecide: boolean;
}

/** One engine's insight: the frame (export, save, drill-down) around that engine's charts. */
export function EngineInsight({ orgSlug, instanceId, engine, meta, summary, canExport, canDecide }: EngineInsightProps) {
  return (
    <InsightSectionFrame orgSlug={orgSlug} meta={meta} canExport={canExport}>
      {(select) => {
        switch (engine) {
          case "controls":
            return <ControlsSection summary={summary as unknown as ControlsSummary} select={select} />;
          case "risks":
            return <RisksSection summary={summary as unknown as RisksSummary} select={select} />;
          case "compliance":
            return (
              <ComplianceSection
                orgSlug={orgSlug}
                instanceId={instanceId}
                summary={summary as unknown as ComplianceSummary}
                select={select}
                canDecide={canDecide}
              />
            );
          case "predictive":
            return <PredictiveSection summary={summary as unknown as PredictiveSummary} select={select} />;
        }
      }}
    </InsightSectionFrame>
  );
}
